import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate-limit token buckets every API replica shares. Each replica counts locally and
 * settles its counts here in one statement about once a second, so no request waits on it.
 * Unlogged: after a crash the buckets start full again, which costs at most one window's budget.
 */
export class RateLimitBuckets1764000680000 implements MigrationInterface {
  name = 'RateLimitBuckets1764000680000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_bucket (
        key text PRIMARY KEY,
        capacity double precision NOT NULL CONSTRAINT rate_limit_capacity_positive CHECK (capacity > 0),
        -- Below zero when replicas together admitted more than the budget: the excess is owed.
        tokens double precision NOT NULL,
        refilled_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rate_limit_bucket_refilled_idx ON rate_limit_bucket (refilled_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_bucket`);
  }
}
