import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome of each capacity check the workflow ran, so the partnership shows what it found
 * (and, when it failed, which team falls how far below its floor on which day) after the
 * workflow has moved on. One per entry into the capacity check: the round is that stage change.
 * Checks run before this table existed were not recorded anywhere but the workflow; nothing to backfill.
 */
export class PartnershipCapacityChecks1764000630000 implements MigrationInterface {
  name = 'PartnershipCapacityChecks1764000630000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partnership_capacity_check (
        partnership_id uuid NOT NULL REFERENCES partnership (id),
        check_round integer NOT NULL CONSTRAINT partnership_capacity_check_round_not_negative CHECK (check_round >= 0),
        outcome text NOT NULL CONSTRAINT partnership_capacity_check_outcome_known CHECK (outcome IN ('pass', 'warn', 'fail')),
        period_start date NOT NULL,
        period_end date NOT NULL,
        tightest_team_id uuid,
        tightest_team_name text,
        tightest_on date,
        tightest_headroom_fte numeric(8, 3),
        tightest_below_floor_from date,
        teams_below_floor integer NOT NULL CONSTRAINT partnership_capacity_check_teams_not_negative CHECK (teams_below_floor >= 0),
        summary text NOT NULL,
        checked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partnership_id, check_round),
        CONSTRAINT partnership_capacity_check_fails_below_floor CHECK ((outcome = 'fail') = (teams_below_floor > 0))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partnership_capacity_check');
  }
}
