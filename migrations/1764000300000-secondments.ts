import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secondments: a staff member lent to a supported council under a partnership. The rule that
 * a person's seconded FTE never exceeds their contracted FTE on any day is a sum over time, which
 * no constraint can check (an exclusion constraint compares pairs); it is enforced by booking
 * under a row lock on the staff member (libs/capacity). The GiST index serves the range queries.
 */
export class Secondments1764000300000 implements MigrationInterface {
  name = 'Secondments1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      CREATE TABLE secondment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_member_id uuid NOT NULL REFERENCES staff_member (id),
        partnership_id uuid NOT NULL REFERENCES partnership (id),
        fte numeric(4, 3) NOT NULL CONSTRAINT secondment_fte_range CHECK (fte > 0 AND fte <= 1),
        start_date date NOT NULL,
        end_date date NOT NULL,
        status text NOT NULL DEFAULT 'proposed'
          CONSTRAINT secondment_status_known CHECK (status IN ('proposed', 'approved', 'active', 'ended', 'cancelled')),
        recharge_kind text CONSTRAINT secondment_recharge_kind_known CHECK (recharge_kind IN ('day_rate', 'salary_share')),
        recharge_day_rate_pence bigint CONSTRAINT secondment_day_rate_not_negative CHECK (recharge_day_rate_pence >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT secondment_period_valid CHECK (end_date >= start_date),
        CONSTRAINT secondment_day_rate_when_day_rate CHECK ((recharge_kind = 'day_rate') = (recharge_day_rate_pence IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX secondment_staff_period_idx ON secondment USING gist (staff_member_id, daterange(start_date, end_date, '[]'))`,
    );
    await queryRunner.query(`CREATE INDEX secondment_partnership_idx ON secondment (partnership_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE secondment');
  }
}
