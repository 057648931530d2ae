import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One append-only audit event; the table refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint', insert: false, update: false })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false, update: false })
  occurredAt!: Date;

  @Column({ name: 'actor_principal_id', type: 'uuid', nullable: true })
  actorPrincipalId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ name: 'actor_council_code', type: 'text', nullable: true })
  actorCouncilCode!: string | null;

  @Column({ name: 'actor_authenticated_by', type: 'text', nullable: true })
  actorAuthenticatedBy!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: string;

  @Column({ name: 'target_id', type: 'text' })
  targetId!: string;

  @Column({ name: 'target_council_codes', type: 'text', array: true })
  targetCouncilCodes!: string[];

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'workflow_id', type: 'text', nullable: true })
  workflowId!: string | null;

  @Column({ name: 'run_id', type: 'text', nullable: true })
  runId!: string | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;
}
