import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox of domain events integrators read (GET /api/v1/events) and webhooks deliver.
 * Each row is written in the transaction of the change it describes; `xact_id` is that
 * transaction's id, which orders the feed so that no reader ever skips an event
 * (docs/decisions/0008-event-feed-order.md, libs/events/src/event-feed.ts).
 */
export class DomainEvents1764000700000 implements MigrationInterface {
  name = 'DomainEvents1764000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE domain_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        xact_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        type text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        council_codes text[] NOT NULL CONSTRAINT domain_event_has_councils CHECK (cardinality(council_codes) > 0),
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        data jsonb NOT NULL,
        idempotency_key text CONSTRAINT domain_event_idempotency_key_unique UNIQUE
      )`);
    await queryRunner.query(`CREATE INDEX domain_event_feed_order ON domain_event (xact_id, id)`);
    await queryRunner.query(`CREATE INDEX domain_event_councils ON domain_event USING gin (council_codes)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE domain_event');
  }
}
