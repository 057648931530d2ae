import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions (Standard Webhooks): a council's endpoint for some event types, its
 * signing secrets (the previous one signs too until its overlap ends), its place in the event
 * feed (delivery is ordered and resumes from there), and the log of every delivery attempt.
 * Secrets are kept as they are: signing needs them, so they cannot be hashed.
 */
export class Webhooks1764000710000 implements MigrationInterface {
  name = 'Webhooks1764000710000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_code text NOT NULL REFERENCES council (code),
        url text NOT NULL CONSTRAINT webhook_subscription_url_http CHECK (url ~ '^https?://'),
        description text,
        event_types text[] NOT NULL CONSTRAINT webhook_subscription_has_types CHECK (cardinality(event_types) > 0),
        secret text NOT NULL CONSTRAINT webhook_subscription_secret_shape CHECK (secret ~ '^whsec_'),
        previous_secret text,
        previous_secret_expires_at timestamptz,
        status text NOT NULL DEFAULT 'active' CONSTRAINT webhook_subscription_status CHECK (status IN ('active', 'failing')),
        failing_reason text,
        cursor_xact_id xid8 NOT NULL,
        cursor_event_id bigint NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_subscription_previous_secret_expires CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX webhook_subscription_council ON webhook_subscription (council_code)`);
    await queryRunner.query(`
      CREATE TABLE webhook_delivery_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
        event_id bigint NOT NULL REFERENCES domain_event (id),
        attempt integer NOT NULL CONSTRAINT webhook_delivery_attempt_positive CHECK (attempt > 0),
        redelivery boolean NOT NULL DEFAULT false,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        status_code integer,
        latency_ms integer NOT NULL,
        succeeded boolean NOT NULL,
        error text
      )`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_attempt_by_subscription ON webhook_delivery_attempt (subscription_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE webhook_delivery_attempt');
    await queryRunner.query('DROP TABLE webhook_subscription');
  }
}
