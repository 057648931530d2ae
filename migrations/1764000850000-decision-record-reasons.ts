import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The parts of a decision's record that regulation 12 of SI 2012/2089 requires beside the
 * decision itself: the reasons, the alternative options considered and rejected, and any
 * conflict of interest declared (with its dispensation). Nullable: decisions recorded before
 * this release did not carry them, and the published page leaves an absent section out.
 */
export class DecisionRecordReasons1764000850000 implements MigrationInterface {
  name = 'DecisionRecordReasons1764000850000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE decision_record
        ADD COLUMN reasons text,
        ADD COLUMN alternative_options text,
        ADD COLUMN interests_declared text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE decision_record DROP COLUMN reasons, DROP COLUMN alternative_options, DROP COLUMN interests_declared`);
  }
}
