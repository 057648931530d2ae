import type { EntityManager } from 'typeorm';
import type { DomainEventType } from '#domain';

export interface NewDomainEvent {
  type: DomainEventType;
  /** Councils whose integrators receive the event (a partnership's lead and supported council, ...). */
  councilCodes: readonly string[];
  subject: { type: string; id: string };
  data: Record<string, unknown>;
  /** Makes a retried write (an activity) publish the event once. */
  idempotencyKey?: string;
}

/** An event as the feed and the webhooks publish it. */
export interface DomainEvent {
  id: string;
  type: DomainEventType;
  occurredAt: string;
  councilCodes: string[];
  subject: { type: string; id: string };
  data: Record<string, unknown>;
}

/**
 * Publishes an event inside the caller's transaction (the outbox pattern): it exists exactly
 * when the change it describes does, and becomes readable only once that transaction has
 * committed and every transaction that began writing before it has ended (event-feed.ts).
 */
export async function recordDomainEvent(manager: EntityManager, event: NewDomainEvent): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    // Outside a transaction the event and its change could be seen apart, or one without the other.
    throw new Error(`domain event ${event.type} must be recorded in the transaction of the change it describes`);
  }
  await manager.query(
    `INSERT INTO domain_event (type, council_codes, subject_type, subject_id, data, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      event.type,
      [...new Set(event.councilCodes)],
      event.subject.type,
      event.subject.id,
      JSON.stringify(event.data),
      event.idempotencyKey ?? null,
    ],
  );
}

/** Publishes several events of one kind (a bulk change of secondments), in the caller's transaction. */
export async function recordDomainEvents(manager: EntityManager, events: readonly NewDomainEvent[]): Promise<void> {
  for (const event of events) await recordDomainEvent(manager, event);
}
