import type { EntityManager } from 'typeorm';
import type { AuditAction } from './audit-actions.js';
import type { AuditActor } from './audit-actor.js';

export interface NewAuditEvent {
  actor: AuditActor;
  action: AuditAction;
  targetType: string;
  targetId: string;
  /** Councils whose people may see this event (lead and supported council of a partnership, ...). */
  targetCouncilCodes: string[];
  before?: unknown;
  after?: unknown;
  workflowId?: string;
  runId?: string;
  /** Makes a retried write (an activity, a replayed request) record the event once. */
  idempotencyKey?: string;
}

/**
 * Appends an audit event inside the caller's transaction, so the event exists exactly when
 * the change it describes does.
 */
export async function recordAuditEvent(manager: EntityManager, event: NewAuditEvent): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_principal_id, actor_name, actor_role, actor_council_code, action, target_type, target_id,
       target_council_codes, before, after, request_id, workflow_id, run_id, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      event.actor.principalId,
      event.actor.name,
      event.actor.role,
      event.actor.councilCode,
      event.action,
      event.targetType,
      event.targetId,
      event.targetCouncilCodes,
      event.before === undefined ? null : JSON.stringify(event.before),
      event.after === undefined ? null : JSON.stringify(event.after),
      event.actor.requestId ?? null,
      event.workflowId ?? null,
      event.runId ?? null,
      event.idempotencyKey ?? null,
    ],
  );
}
