import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, IsUrl, Length, Matches } from 'class-validator';
import { DOMAIN_EVENT_TYPES, type DomainEventType } from '#domain';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../common/gss-code.js';
import { PageMeta } from '../common/page.query.js';
import { IsBoundedInteger, IsRecordVersion } from '../validation/bounded-integer.validator.js';
import { IsOptionalNotNull, IsOptionalOrNull } from '../validation/optional-fields.validator.js';
import type { WebhookAttemptRow, WebhookSubscriptionRow } from './webhook-subscription.rows.js';

const URL_RULES = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

@ApiSchema({ description: 'A new webhook subscription: where to deliver which of the council’s domain events' })
export class CreateWebhookSubscriptionDto {
  @ApiProperty({ example: 'https://hr.example.gov.uk/accord/webhooks', maxLength: 2000, description: 'Where events are POSTed' })
  @IsUrl(URL_RULES, { message: 'url must be an http(s) URL' })
  @Length(1, 2000)
  url!: string;

  @ApiProperty({
    enum: DOMAIN_EVENT_TYPES,
    isArray: true,
    example: ['partnership.stage_changed', 'secondment.started'],
    description: 'The domain event types to deliver; at least one',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(DOMAIN_EVENT_TYPES.length)
  @IsIn(DOMAIN_EVENT_TYPES, { each: true })
  eventTypes!: DomainEventType[];

  @ApiPropertyOptional({ example: 'HR system: secondments', maxLength: 500, description: 'A note saying what the subscription is for' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 500)
  description?: string;

  @ApiPropertyOptional({ example: 'E10000014', description: 'Whose events; only admins may name a council other than their own' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode?: string;
}

@ApiSchema({ description: 'Changes to a webhook subscription, at the version read' })
export class UpdateWebhookSubscriptionDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ maxLength: 2000, description: 'A new http(s) address to deliver to' })
  @IsOptionalNotNull()
  @IsUrl(URL_RULES, { message: 'url must be an http(s) URL' })
  @Length(1, 2000)
  url?: string;

  @ApiPropertyOptional({ enum: DOMAIN_EVENT_TYPES, isArray: true, description: 'The domain event types to deliver from now on' })
  @IsOptionalNotNull()
  @ArrayMinSize(1)
  @ArrayMaxSize(DOMAIN_EVENT_TYPES.length)
  @IsIn(DOMAIN_EVENT_TYPES, { each: true })
  eventTypes?: DomainEventType[];

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 500, description: 'null clears it' })
  @IsOptionalOrNull()
  @IsString()
  @Length(1, 500)
  description?: string | null;

  @ApiPropertyOptional({
    enum: ['active'],
    description: 'Set a failing subscription active again: delivery resumes from the event that failed',
  })
  @IsOptionalNotNull()
  @IsIn(['active'])
  status?: 'active';
}

@ApiSchema({ description: 'A new signing secret for a subscription, with an overlap in which the old one still signs' })
export class RotateWebhookSecretDto {
  @ApiPropertyOptional({ example: 86_400, default: 86_400, description: 'Seconds the old secret goes on signing beside the new one' })
  @IsOptionalNotNull()
  @IsBoundedInteger(0, 7 * 86_400)
  overlapSeconds = 86_400;
}

@ApiSchema({ description: 'An event to deliver again to a subscription' })
export class RedeliverWebhookEventDto {
  @ApiProperty({ example: '1287', description: 'The id of the event to send again (as in the feed and `webhook-id`)' })
  @Matches(/^[1-9]\d{0,18}$/, { message: 'eventId must be an event id from the feed' })
  eventId!: string;
}

@ApiSchema({ description: 'A webhook subscription: a council’s receiver of signed domain events (Standard Webhooks)' })
export class WebhookSubscriptionResponse {
  @ApiProperty({ format: 'uuid', description: 'The subscription’s id' })
  id!: string;

  @ApiProperty({ example: 'E10000014', description: 'The council whose events are delivered (ONS code)' })
  councilCode!: string;

  @ApiProperty({ example: 'https://hr.example.gov.uk/accord/webhooks', description: 'The address events are delivered to' })
  url!: string;

  @ApiProperty({ nullable: true, type: String, description: 'A note saying what the subscription is for; null when none' })
  description!: string | null;

  @ApiProperty({ enum: DOMAIN_EVENT_TYPES, isArray: true, description: 'The domain event types delivered' })
  eventTypes!: string[];

  @ApiProperty({
    enum: ['active', 'failing'],
    description: 'failing: an event could not be delivered for three days; delivery has stopped',
  })
  status!: 'active' | 'failing';

  @ApiProperty({ nullable: true, type: String, description: 'Why delivery stopped; null while the subscription is active' })
  failingReason!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Until when the previous secret also signs' })
  previousSecretExpiresAt!: string | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; for optimistic concurrency' })
  version!: number;

  @ApiProperty({ format: 'date-time', description: 'When the subscription was created' })
  createdAt!: string;

  static from(row: WebhookSubscriptionRow): WebhookSubscriptionResponse {
    return {
      id: row.id,
      councilCode: row.council_code,
      url: row.url,
      description: row.description,
      eventTypes: row.event_types,
      status: row.status,
      failingReason: row.failing_reason,
      previousSecretExpiresAt: row.previous_secret_expires_at?.toISOString() ?? null,
      version: row.version,
      createdAt: row.created_at.toISOString(),
    };
  }
}

@ApiSchema({ description: 'A new webhook subscription, with its signing secret shown this once' })
export class CreatedWebhookSubscriptionResponse extends WebhookSubscriptionResponse {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'The signing secret; shown this once only' })
  secret!: string;
}

@ApiSchema({ description: 'The new signing secret of a subscription, shown this once' })
export class RotatedWebhookSecretResponse {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'The new signing secret; shown this once only' })
  secret!: string;

  @ApiProperty({ format: 'date-time', description: 'Until when the previous secret also signs' })
  previousSecretExpiresAt!: string;
}

@ApiSchema({ description: 'One page of webhook subscriptions' })
export class WebhookSubscriptionPage extends PageMeta {
  @ApiProperty({ type: [WebhookSubscriptionResponse], description: 'The subscriptions on this page' })
  items!: WebhookSubscriptionResponse[];
}

@ApiSchema({ description: 'One attempt to deliver an event to a subscription, as the delivery log keeps it' })
export class WebhookDeliveryAttemptResponse {
  @ApiProperty({ example: '1287', description: 'The event sent (its `webhook-id`)' })
  eventId!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Attempt number for this event (a redelivery counts afresh)' })
  attempt!: number;

  @ApiProperty({ description: 'True when the attempt was a redelivery on request' })
  redelivery!: boolean;

  @ApiProperty({ format: 'date-time', description: 'When the request was sent' })
  attemptedAt!: string;

  @ApiProperty({ nullable: true, type: 'integer', example: 200, description: 'null when no answer came' })
  statusCode!: number | null;

  @ApiProperty({ type: 'integer', example: 84, description: 'Time until the receiver answered, in milliseconds' })
  latencyMs!: number;

  @ApiProperty({ description: 'True when the receiver answered with a 2xx status' })
  succeeded!: boolean;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'the receiver answered 503',
    description: 'Why the attempt failed; null when it succeeded',
  })
  error!: string | null;

  static from(row: WebhookAttemptRow): WebhookDeliveryAttemptResponse {
    return {
      eventId: row.event_id,
      attempt: row.attempt,
      redelivery: row.redelivery,
      attemptedAt: row.attempted_at.toISOString(),
      statusCode: row.status_code,
      latencyMs: row.latency_ms,
      succeeded: row.succeeded,
      error: row.error,
    };
  }
}

@ApiSchema({ description: 'One page of the delivery log' })
export class WebhookDeliveryAttemptPage extends PageMeta {
  @ApiProperty({ type: [WebhookDeliveryAttemptResponse], description: 'Oldest first' })
  items!: WebhookDeliveryAttemptResponse[];
}
