import { PageMeta } from '../common/page.query.js';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '#audit';
import type { AuditEventEntity } from '#persistence';

@ApiSchema({ description: 'Who acted on a record, as the audit trail keeps it' })
export class AuditActorResponse {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The principal who acted; null when Accord itself acted (the workflow’s timers)',
  })
  principalId!: string | null;

  @ApiProperty({ example: 'Chief Executive, Hampshire', description: 'Their name, as it was when they acted' })
  name!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'chief_executive',
    description: 'Their role when they acted; null for Accord itself',
  })
  role!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'E10000014',
    description: 'The GSS code of their council; null for Accord itself and for principals of no council',
  })
  councilCode!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'api_key',
    description: 'How they proved who they were: `api_key`, `access_token <issuer>`, or null for Accord itself',
  })
  authenticatedBy!: string | null;
}

@ApiSchema({ description: 'The record an audit event is about' })
export class AuditTargetResponse {
  @ApiProperty({ example: 'partnership', description: 'The kind of record (partnership, decision_record, secondment, council, …)' })
  type!: string;

  @ApiProperty({ example: '0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21', description: 'Its id (a GSS code for a council)' })
  id!: string;

  @ApiProperty({
    type: [String],
    example: ['E10000014', 'E10000002'],
    description: 'The GSS codes of the councils it concerns, whose people may read the event',
  })
  councilCodes!: string[];
}

@ApiSchema({
  description:
    'One entry of the append-only audit trail: who did what to which record, when, what it was before and after, and the workflow’s ids when the partnership workflow did it',
})
export class AuditEventResponse {
  @ApiProperty({
    example: '42',
    description: 'The event’s number in the trail, increasing with each event (a decimal string: it can outgrow a JavaScript number)',
  })
  id!: string;

  @ApiProperty({ format: 'date-time', description: 'When it happened (the instant its transaction recorded it)' })
  occurredAt!: string;

  @ApiProperty({ type: AuditActorResponse, description: 'Who acted, and how they proved who they were' })
  actor!: AuditActorResponse;

  @ApiProperty({ enum: AUDIT_ACTIONS, example: 'partnership.stage_changed', description: 'What happened, as `<record type>.<event>`' })
  action!: AuditAction;

  @ApiProperty({ type: AuditTargetResponse, description: 'The record acted on' })
  target!: AuditTargetResponse;

  @ApiPropertyOptional({
    example: { stage: 'draft' },
    nullable: true,
    description:
      'The record (or the fields that changed) as it was before; null when the record was created. Exempt decision text is stored as `[exempt]`',
  })
  before!: unknown;

  @ApiPropertyOptional({
    example: { stage: 'officer_review' },
    nullable: true,
    description:
      'The record (or the fields that changed) as it was after; null when the record was deleted. Exempt decision text is stored as `[exempt]`',
  })
  after!: unknown;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The id of the HTTP request that did it (its `X-Request-Id`), to find it in the logs; null when no request did',
  })
  requestId!: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21',
    description: 'The Temporal workflow that did it (`partnership-<id>`); null when a person or service did it directly',
  })
  workflowId!: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The run of that workflow (Temporal run id); null when no workflow did it',
  })
  runId!: string | null;

  static from(entity: AuditEventEntity): AuditEventResponse {
    return {
      id: entity.id,
      occurredAt: entity.occurredAt.toISOString(),
      actor: {
        principalId: entity.actorPrincipalId,
        name: entity.actorName,
        role: entity.actorRole,
        councilCode: entity.actorCouncilCode,
        authenticatedBy: entity.actorAuthenticatedBy,
      },
      action: entity.action as AuditAction,
      target: { type: entity.targetType, id: entity.targetId, councilCodes: entity.targetCouncilCodes },
      before: entity.before,
      after: entity.after,
      requestId: entity.requestId,
      workflowId: entity.workflowId,
      runId: entity.runId,
    };
  }
}

@ApiSchema({ description: 'One page of audit events, oldest first, with the paging facts' })
export class AuditEventPage extends PageMeta {
  @ApiProperty({ type: [AuditEventResponse], description: 'The events of this page, oldest first' })
  items!: AuditEventResponse[];
}
