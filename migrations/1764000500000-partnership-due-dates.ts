import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Due dates of an active partnership (periodic reviews, the commissioner's deadline, the Ofsted
 * action plan and monitoring visits) as the workflow keeps them, so "by when" is read from the
 * database. A review made by a workflow step carries the step's key, so a retry saves it once.
 */
export class PartnershipDueDates1764000500000 implements MigrationInterface {
  name = 'PartnershipDueDates1764000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partnership_due_date (
        partnership_id uuid NOT NULL REFERENCES partnership (id),
        kind text NOT NULL CONSTRAINT due_date_kind_known
          CHECK (kind IN ('periodic_review', 'commissioner_review', 'action_plan', 'monitoring_visit')),
        due_on date NOT NULL,
        remind_on date,
        label text NOT NULL,
        status text NOT NULL DEFAULT 'upcoming' CONSTRAINT due_date_status_known
          CHECK (status IN ('upcoming', 'reminded', 'due', 'met', 'cancelled')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partnership_id, kind, due_on),
        CONSTRAINT due_date_reminder_before_due CHECK (remind_on IS NULL OR remind_on <= due_on)
      )`);
    await queryRunner.query(`ALTER TABLE review ADD COLUMN origin_key text CONSTRAINT review_origin_key_unique UNIQUE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE review DROP COLUMN origin_key`);
    await queryRunner.query('DROP TABLE partnership_due_date');
  }
}
