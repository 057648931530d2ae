import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chief executives' signatures as records of their own, so a partnership shows who signed and
 * when for as long as it exists (not only while it waits in sign-off). One per council and sign-off
 * round: the round is the stage change that opened sign-off. Backfill: every `partnership.signed`
 * audit event, whose idempotency key carries the council and the round.
 */
export class PartnershipSignatures1764000620000 implements MigrationInterface {
  name = 'PartnershipSignatures1764000620000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partnership_signature (
        partnership_id uuid NOT NULL REFERENCES partnership (id),
        sign_off_round integer NOT NULL CONSTRAINT partnership_signature_round_positive CHECK (sign_off_round > 0),
        council_code text NOT NULL CONSTRAINT partnership_signature_council_code_format CHECK (council_code ~ '^[EW][0-9]{8}$'),
        signed_by_principal_id uuid,
        signed_by_name text NOT NULL,
        signed_by_role text,
        signed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partnership_id, sign_off_round, council_code)
      )`);
    await queryRunner.query(`
      INSERT INTO partnership_signature
        (partnership_id, sign_off_round, council_code, signed_by_principal_id, signed_by_name, signed_by_role, signed_at)
      SELECT target_id::uuid, split_part(idempotency_key, ':', 4)::integer, split_part(idempotency_key, ':', 3),
             actor_principal_id, actor_name, actor_role, occurred_at
      FROM audit_event
      WHERE action = 'partnership.signed' AND target_type = 'partnership'
        AND idempotency_key ~ '^partnership\\.signed:[0-9a-f-]{36}:[EW][0-9]{8}:[1-9][0-9]*$'
        AND EXISTS (SELECT 1 FROM partnership p WHERE p.id::text = audit_event.target_id)
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partnership_signature');
  }
}
