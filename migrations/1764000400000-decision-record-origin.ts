import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A decision recorded by a workflow activity carries the key of that step, so a retry records it once. */
export class DecisionRecordOrigin1764000400000 implements MigrationInterface {
  name = 'DecisionRecordOrigin1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE decision_record ADD COLUMN origin_key text CONSTRAINT decision_record_origin_key_unique UNIQUE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE decision_record DROP COLUMN origin_key`);
  }
}
