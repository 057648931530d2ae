import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A secondment's planned end, kept beside `end_date`, which becomes the day it actually ended
 * when it ends (early, on exit, or as planned). Capacity counts ended secondments up to that day,
 * so the planned end would otherwise be lost. Backfill: the end it was proposed with (its
 * `secondment.proposed` audit event) where that is known, else its end date.
 * Rows inserted without one (older code, bulk loads) plan to end on their end date.
 */
export class SecondmentPlannedEnd1764000610000 implements MigrationInterface {
  name = 'SecondmentPlannedEnd1764000610000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE secondment ADD COLUMN planned_end date`);
    await queryRunner.query(`
      UPDATE secondment s SET planned_end = greatest(s.end_date, proposed.planned_end)
      FROM (
        SELECT DISTINCT ON (target_id) target_id, (after ->> 'end')::date AS planned_end
        FROM audit_event
        WHERE action = 'secondment.proposed' AND target_type = 'secondment' AND after ->> 'end' ~ '^\\d{4}-\\d{2}-\\d{2}$'
        ORDER BY target_id, id
      ) proposed
      WHERE s.status = 'ended' AND proposed.target_id = s.id::text`);
    await queryRunner.query(`UPDATE secondment SET planned_end = end_date WHERE planned_end IS NULL`);
    await queryRunner.query(`
      CREATE FUNCTION secondment_planned_end_default() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.planned_end := coalesce(NEW.planned_end, NEW.end_date);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER secondment_planned_end_default BEFORE INSERT ON secondment
      FOR EACH ROW EXECUTE FUNCTION secondment_planned_end_default()`);
    await queryRunner.query(`
      ALTER TABLE secondment
        ALTER COLUMN planned_end SET NOT NULL,
        ADD CONSTRAINT secondment_ends_within_plan CHECK (end_date <= planned_end),
        ADD CONSTRAINT secondment_ends_as_planned_until_ended CHECK (status = 'ended' OR end_date = planned_end)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER secondment_planned_end_default ON secondment`);
    await queryRunner.query(`DROP FUNCTION secondment_planned_end_default()`);
    await queryRunner.query(`ALTER TABLE secondment DROP COLUMN planned_end`);
  }
}
