import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HR's inbox asks for a council's secondments still to approve (proposed) or to start (approved).
 * They are a few among every booking a person ever had; this partial index holds only them, so the
 * inbox reads the few waiting bookings instead of probing each person's whole history.
 */
export class SecondmentsAwaitingHr1764000950000 implements MigrationInterface {
  name = 'SecondmentsAwaitingHr1764000950000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX secondment_awaiting_hr_idx ON secondment (staff_member_id, start_date) WHERE status IN ('proposed', 'approved')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX secondment_awaiting_hr_idx');
  }
}
