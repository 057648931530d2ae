import { PageMeta } from '../common/page.query.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '#audit';
import type { AuditEventEntity } from '#persistence';

export class AuditEventResponse {
  @ApiProperty({ example: '42', description: 'Increasing sequence number' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ example: { principalId: '5b1c…', name: 'Chief Executive, Hampshire', role: 'chief_executive', councilCode: 'E10000014' } })
  actor!: { principalId: string | null; name: string; role: string | null; councilCode: string | null };

  @ApiProperty({ enum: AUDIT_ACTIONS, example: 'partnership.stage_changed', description: 'What happened, as `<record type>.<event>`' })
  action!: AuditAction;

  @ApiProperty({ example: { type: 'partnership', id: '0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21', councilCodes: ['E10000014', 'E10000002'] } })
  target!: { type: string; id: string; councilCodes: string[] };

  @ApiPropertyOptional({ example: { stage: 'draft' }, nullable: true })
  before!: unknown;

  @ApiPropertyOptional({ example: { stage: 'officer_review' }, nullable: true })
  after!: unknown;

  @ApiPropertyOptional({ nullable: true, type: String })
  requestId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21' })
  workflowId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  runId!: string | null;

  static from(entity: AuditEventEntity): AuditEventResponse {
    return {
      id: entity.id,
      occurredAt: entity.occurredAt.toISOString(),
      actor: { principalId: entity.actorPrincipalId, name: entity.actorName, role: entity.actorRole, councilCode: entity.actorCouncilCode },
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

export class AuditEventPage extends PageMeta {
  @ApiProperty({ type: [AuditEventResponse] })
  items!: AuditEventResponse[];
}
