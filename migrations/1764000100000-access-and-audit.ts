import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `'chief_executive', 'director', 'hr', 'democratic_services', 'scrutiny', 'commissioner', 'integrator', 'admin'`;

export class AccessAndAudit1764000100000 implements MigrationInterface {
  name = 'AccessAndAudit1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE principal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT principal_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CONSTRAINT principal_kind_known CHECK (kind IN ('person', 'service_account')),
        role text NOT NULL CONSTRAINT principal_role_known CHECK (role IN (${ROLES})),
        council_code text CONSTRAINT principal_council_code_format CHECK (council_code ~ '^[EW][0-9]{8}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz,
        -- Commissioners (DfE) and admins act across councils; everyone else acts for one.
        CONSTRAINT principal_council_matches_role CHECK ((role IN ('commissioner', 'admin')) = (council_code IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        principal_id uuid NOT NULL REFERENCES principal (id),
        prefix text NOT NULL CONSTRAINT api_key_prefix_unique UNIQUE,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz,
        CONSTRAINT api_key_expires_after_creation CHECK (expires_at IS NULL OR expires_at > created_at)
      )`);
    await queryRunner.query(`CREATE INDEX api_key_principal_idx ON api_key (principal_id)`);

    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_principal_id uuid REFERENCES principal (id),
        actor_name text NOT NULL,
        actor_role text,
        actor_council_code text,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        target_council_codes text[] NOT NULL DEFAULT '{}',
        before jsonb,
        after jsonb,
        request_id text,
        workflow_id text,
        run_id text,
        -- One audit event per business effect: a retried activity or request finds its own key.
        idempotency_key text CONSTRAINT audit_event_idempotency_key_unique UNIQUE
      )`);
    await queryRunner.query(`CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id, occurred_at)`);
    await queryRunner.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_principal_id, occurred_at)`);
    await queryRunner.query(`CREATE INDEX audit_event_council_idx ON audit_event USING gin (target_council_codes)`);
    await queryRunner.query(`CREATE INDEX audit_event_time_idx ON audit_event (occurred_at)`);
    // Append-only for every database user, the application's own included.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);

    await queryRunner.query(`
      CREATE TABLE idempotency_record (
        principal_id uuid NOT NULL REFERENCES principal (id),
        key text NOT NULL,
        request_fingerprint text NOT NULL,
        state text NOT NULL CONSTRAINT idempotency_record_state_known CHECK (state IN ('in_progress', 'completed')),
        response_status integer,
        response_body text,
        locked_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (principal_id, key),
        CONSTRAINT idempotency_record_completed_has_response CHECK (state <> 'completed' OR (response_status IS NOT NULL AND response_body IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_record_expiry_idx ON idempotency_record (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_record');
    await queryRunner.query('DROP TABLE audit_event');
    await queryRunner.query('DROP FUNCTION audit_event_is_append_only');
    await queryRunner.query('DROP TABLE api_key');
    await queryRunner.query('DROP TABLE principal');
  }
}
