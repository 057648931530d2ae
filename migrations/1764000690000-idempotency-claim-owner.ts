import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An idempotency claim names the API session that owns it, so a retry can tell a request still
 * running from one whose process died (see apps/api/src/idempotency/claim-owner-session.ts).
 * Claims without an owner, written before this, keep their time lease (`locked_until`).
 */
export class IdempotencyClaimOwner1764000690000 implements MigrationInterface {
  name = 'IdempotencyClaimOwner1764000690000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE idempotency_record ADD COLUMN owner_session bigint CONSTRAINT idempotency_record_owner_positive CHECK (owner_session > 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_record DROP COLUMN owner_session');
  }
}
