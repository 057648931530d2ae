import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Partnership1764000000000 implements MigrationInterface {
  name = 'Partnership1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partnership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CONSTRAINT partnership_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
        lead_council_code text NOT NULL CONSTRAINT partnership_lead_council_code_format CHECK (lead_council_code ~ '^[EW][0-9]{8}$'),
        supported_council_code text NOT NULL CONSTRAINT partnership_supported_council_code_format CHECK (supported_council_code ~ '^[EW][0-9]{8}$'),
        planned_start date NOT NULL,
        planned_end date NOT NULL,
        stage text NOT NULL DEFAULT 'draft' CONSTRAINT partnership_stage_known CHECK (stage IN (
          'draft', 'officer_review', 'capacity_check', 'cabinet_decision', 'call_in_window', 'sign_off',
          'active', 'under_review', 'exiting', 'completed', 'rejected', 'withdrawn')),
        workflow_id text NOT NULL CONSTRAINT partnership_workflow_id_unique UNIQUE,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partnership_not_with_itself CHECK (lead_council_code <> supported_council_code),
        CONSTRAINT partnership_period_valid CHECK (planned_end >= planned_start)
      )`);
    await queryRunner.query(`CREATE INDEX partnership_stage_idx ON partnership (stage, created_at)`);
    await queryRunner.query(`
      CREATE TABLE partnership_stage_change (
        partnership_id uuid NOT NULL REFERENCES partnership (id),
        sequence integer NOT NULL CONSTRAINT partnership_stage_change_sequence_positive CHECK (sequence > 0),
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        workflow_id text NOT NULL,
        run_id text NOT NULL,
        comment text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partnership_id, sequence)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partnership_stage_change');
    await queryRunner.query('DROP TABLE partnership');
  }
}
