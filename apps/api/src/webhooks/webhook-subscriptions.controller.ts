import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Operation } from '../auth/operation.decorator.js';
import { PageQuery } from '../common/page.query.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { RecordIdParam } from '../validation/path-parameters.js';
import {
  CreatedWebhookSubscriptionResponse,
  CreateWebhookSubscriptionDto,
  RedeliverWebhookEventDto,
  RotatedWebhookSecretResponse,
  RotateWebhookSecretDto,
  UpdateWebhookSubscriptionDto,
  WebhookDeliveryAttemptPage,
  WebhookDeliveryAttemptResponse,
  WebhookSubscriptionPage,
  WebhookSubscriptionResponse,
} from './webhook-subscription.dto.js';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service.js';

const notFound = problemResponse('No webhook subscription has this id (or it is another council’s)');
const refused = problemResponse('The URL leads to a private, loopback or reserved address, or resolves to none');

@ApiTags('webhooks')
@Controller('api/v1/webhook-subscriptions')
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  @Post()
  @Idempotent()
  @Operation('createWebhookSubscription', {
    summary: 'Subscribe an endpoint to some event types of a council; the signing secret is answered this once',
    description:
      'Subscribes an http(s) endpoint to some of your council’s event types; deliveries are signed as Standard Webhooks describe, and the signing secret is in this answer only. Integrators (webhooks:write) and admins. 422 for a private or loopback address unless the operator allows it.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionResponse, description: 'The subscription, with its signing secret' })
  @ApiUnprocessableEntityResponse(refused)
  async create(@Body() dto: CreateWebhookSubscriptionDto, @Actor() actor: RequestActor): Promise<CreatedWebhookSubscriptionResponse> {
    const created = await this.subscriptions.create(dto, actor);
    return { ...WebhookSubscriptionResponse.from(created), secret: created.secret };
  }

  @Get()
  @Operation('listWebhookSubscriptions', {
    summary: 'Your council’s webhook subscriptions (secrets are never shown again)',
    description: 'Lists your council’s webhook subscriptions; secrets are never shown again. Integrators (webhooks:write) and admins.',
  })
  @ApiOkResponse({ type: WebhookSubscriptionPage, description: 'One page of subscriptions' })
  async list(@Query() page: PageQuery, @Actor() actor: RequestActor): Promise<WebhookSubscriptionPage> {
    const { items, total } = await this.subscriptions.list(page, actor.principal);
    return { items: items.map(WebhookSubscriptionResponse.from), total, limit: page.limit, offset: page.offset };
  }

  @Get(':id')
  @Operation('getWebhookSubscription', {
    summary: 'One webhook subscription, with its status',
    description:
      'Reads one webhook subscription with its status. Integrators (webhooks:write) and admins of its council; another council’s subscription answers 404.',
  })
  @ApiOkResponse({ type: WebhookSubscriptionResponse, description: 'The subscription' })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<WebhookSubscriptionResponse> {
    return WebhookSubscriptionResponse.from(await this.subscriptions.get(id, actor.principal));
  }

  @Patch(':id')
  @Operation('updateWebhookSubscription', {
    summary: 'Change the URL, event types or description, or resume a failing subscription from the event that failed',
    description:
      'Changes a subscription’s URL, event types or description, or sets a failing subscription active again so delivery resumes from the event that failed. Send the version you read (409 otherwise). Integrators (webhooks:write) and admins of its council.',
  })
  @ApiOkResponse({ type: WebhookSubscriptionResponse, description: 'The subscription as changed' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The subscription changed since you read it (stale version)'))
  @ApiUnprocessableEntityResponse(refused)
  async update(
    @RecordIdParam('id') id: string,
    @Body() dto: UpdateWebhookSubscriptionDto,
    @Actor() actor: RequestActor,
  ): Promise<WebhookSubscriptionResponse> {
    return WebhookSubscriptionResponse.from(await this.subscriptions.update(id, dto, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteWebhookSubscription', {
    summary: 'Stop sending to this endpoint and forget its delivery log',
    description: 'Stops delivering to this endpoint and forgets its delivery log. Integrators (webhooks:write) and admins of its council.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse(notFound)
  async remove(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<void> {
    await this.subscriptions.remove(id, actor);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Idempotent()
  @Operation('rotateWebhookSecret', {
    summary: 'A new signing secret, answered this once; the old one also signs until the overlap ends',
    description:
      'Issues a new signing secret, in this answer only; the old secret also signs until the overlap ends, so receivers can switch without losing events. Integrators (webhooks:write) and admins of its council.',
  })
  @ApiOkResponse({ type: RotatedWebhookSecretResponse, description: 'The new secret and when the old one stops signing' })
  @ApiNotFoundResponse(notFound)
  async rotate(
    @RecordIdParam('id') id: string,
    @Body() dto: RotateWebhookSecretDto,
    @Actor() actor: RequestActor,
  ): Promise<RotatedWebhookSecretResponse> {
    const rotated = await this.subscriptions.rotateSecret(id, dto.overlapSeconds, actor);
    return { secret: rotated.secret, previousSecretExpiresAt: rotated.previousSecretExpiresAt.toISOString() };
  }

  @Get(':id/deliveries')
  @Operation('listWebhookDeliveries', {
    summary: 'Every delivery attempt, oldest first: status code, latency and error',
    description:
      'Lists every delivery attempt of a subscription, oldest first, with status code, latency and error. Integrators (webhooks:write) and admins of its council.',
  })
  @ApiOkResponse({ type: WebhookDeliveryAttemptPage, description: 'One page of the delivery log' })
  @ApiNotFoundResponse(notFound)
  async deliveries(
    @RecordIdParam('id') id: string,
    @Query() page: PageQuery,
    @Actor() actor: RequestActor,
  ): Promise<WebhookDeliveryAttemptPage> {
    const { items, total } = await this.subscriptions.attempts(id, page, actor.principal);
    return { items: items.map(WebhookDeliveryAttemptResponse.from), total, limit: page.limit, offset: page.offset };
  }

  @Post(':id/redeliveries')
  @HttpCode(202)
  @Idempotent()
  @Operation('redeliverWebhookEvent', {
    summary: 'Send an event again, before any new one, with the same webhook-id',
    description:
      'Sends one event again to the subscription, before any new one, with the same webhook-id. Integrators (webhooks:write) and admins of its council; 404 when the event is not one the subscription receives.',
  })
  @ApiAcceptedResponse({ description: 'Queued for delivery' })
  @ApiNotFoundResponse(problemResponse('No such subscription, or the event is not one it receives'))
  async redeliver(@RecordIdParam('id') id: string, @Body() dto: RedeliverWebhookEventDto, @Actor() actor: RequestActor): Promise<void> {
    await this.subscriptions.redeliver(id, dto.eventId, actor.principal);
  }
}
