import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Councils and the records around a partnership: teams and staff (lent through secondments
 * later), interventions, risks, reviews, decision records and per-council governance.
 * Money is integer pence (bigint); FTE is numeric with three decimals, never float.
 */
export class CouncilsAndGovernance1764000200000 implements MigrationInterface {
  name = 'CouncilsAndGovernance1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE council (
        code text PRIMARY KEY CONSTRAINT council_code_format CHECK (code ~ '^[EW][0-9]{8}$'),
        name text NOT NULL CONSTRAINT council_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
        type text NOT NULL CONSTRAINT council_type_known CHECK (type IN ('county', 'unitary', 'metropolitan_district', 'london_borough')),
        region text NOT NULL,
        hq_latitude numeric(8, 5) CONSTRAINT council_hq_latitude_range CHECK (hq_latitude BETWEEN 49 AND 61),
        hq_longitude numeric(8, 5) CONSTRAINT council_hq_longitude_range CHECK (hq_longitude BETWEEN -8 AND 2),
        ofsted_judgement text CONSTRAINT council_ofsted_judgement_known
          CHECK (ofsted_judgement IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
        ofsted_judgement_date date,
        ofsted_judgement_illustrative boolean NOT NULL DEFAULT false,
        savings_programme_name text,
        savings_programme_target_pence bigint CONSTRAINT council_savings_target_not_negative CHECK (savings_programme_target_pence >= 0),
        savings_programme_end_date date,
        abolished_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_judgement_has_date CHECK ((ofsted_judgement IS NULL) = (ofsted_judgement_date IS NULL)),
        CONSTRAINT council_hq_both_or_neither CHECK ((hq_latitude IS NULL) = (hq_longitude IS NULL)),
        CONSTRAINT council_savings_programme_complete CHECK (
          (savings_programme_name IS NULL AND savings_programme_target_pence IS NULL AND savings_programme_end_date IS NULL)
          OR (savings_programme_name IS NOT NULL AND savings_programme_target_pence IS NOT NULL AND savings_programme_end_date IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX council_ofsted_judgement_idx ON council (ofsted_judgement)`);
    await queryRunner.query(`
      CREATE TABLE council_succession (
        predecessor_code text NOT NULL REFERENCES council (code),
        successor_code text NOT NULL REFERENCES council (code),
        effective_from date NOT NULL,
        PRIMARY KEY (predecessor_code, successor_code),
        CONSTRAINT council_succession_not_itself CHECK (predecessor_code <> successor_code)
      )`);

    // Codes already used by partnerships and principals become councils, so the new foreign keys hold.
    await queryRunner.query(`
      INSERT INTO council (code, name, type, region)
      SELECT code, 'Council ' || code, 'unitary', 'Unknown'
      FROM (SELECT lead_council_code AS code FROM partnership UNION SELECT supported_council_code FROM partnership
            UNION SELECT council_code FROM principal WHERE council_code IS NOT NULL) AS used
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(
      `ALTER TABLE partnership ADD CONSTRAINT partnership_lead_council_fk FOREIGN KEY (lead_council_code) REFERENCES council (code)`,
    );
    await queryRunner.query(
      `ALTER TABLE partnership ADD CONSTRAINT partnership_supported_council_fk FOREIGN KEY (supported_council_code) REFERENCES council (code)`,
    );
    await queryRunner.query(
      `ALTER TABLE principal ADD CONSTRAINT principal_council_fk FOREIGN KEY (council_code) REFERENCES council (code)`,
    );

    await queryRunner.query(`
      CREATE TABLE governance_settings (
        council_code text PRIMARY KEY REFERENCES council (code),
        call_in_period_working_days integer NOT NULL DEFAULT 5 CONSTRAINT governance_call_in_period_range CHECK (call_in_period_working_days BETWEEN 1 AND 30),
        call_in_quorum integer NOT NULL DEFAULT 5 CONSTRAINT governance_call_in_quorum_positive CHECK (call_in_quorum >= 1),
        key_decision_threshold_pence bigint NOT NULL DEFAULT 50000000 CONSTRAINT governance_key_threshold_positive CHECK (key_decision_threshold_pence > 0),
        sign_off_reminder_working_days integer NOT NULL DEFAULT 5 CONSTRAINT governance_reminder_positive CHECK (sign_off_reminder_working_days >= 1),
        sign_off_escalation_working_days integer NOT NULL DEFAULT 10,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT governance_escalation_after_reminder CHECK (sign_off_escalation_working_days > sign_off_reminder_working_days)
      )`);

    await queryRunner.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_code text NOT NULL REFERENCES council (code),
        name text NOT NULL CONSTRAINT team_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
        service text NOT NULL DEFAULT 'children_services',
        establishment_fte numeric(7, 3) NOT NULL CONSTRAINT team_establishment_positive CHECK (establishment_fte > 0),
        retention_floor numeric(4, 3) NOT NULL CONSTRAINT team_retention_floor_share CHECK (retention_floor BETWEEN 0 AND 1),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT team_name_unique_in_council UNIQUE (council_code, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE staff_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team (id),
        display_name text NOT NULL CONSTRAINT staff_member_name_length CHECK (char_length(display_name) BETWEEN 1 AND 200),
        role text NOT NULL CONSTRAINT staff_member_role_known CHECK (role IN (
          'social_worker', 'senior_practitioner', 'team_manager', 'service_manager', 'head_of_service', 'director', 'other')),
        contracted_fte numeric(4, 3) NOT NULL CONSTRAINT staff_member_fte_range CHECK (contracted_fte > 0 AND contracted_fte <= 1),
        employment_start date NOT NULL,
        employment_end date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_member_employment_valid CHECK (employment_end IS NULL OR employment_end >= employment_start)
      )`);
    await queryRunner.query(`CREATE INDEX staff_member_team_idx ON staff_member (team_id, role)`);

    await queryRunner.query(`
      CREATE TABLE intervention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supported_council_code text NOT NULL REFERENCES council (code),
        trigger_judgement text NOT NULL CONSTRAINT intervention_trigger_judgement_known
          CHECK (trigger_judgement IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
        trigger_judgement_date date NOT NULL,
        statutory_direction_date date,
        commissioner_name text,
        review_deadline date,
        report_published_on date,
        recommendation text CONSTRAINT intervention_recommendation_known CHECK (recommendation IN ('retain_in_house', 'alternative_delivery_model')),
        improvement_adviser_council_code text REFERENCES council (code),
        direction_lifted_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT intervention_direction_after_trigger CHECK (statutory_direction_date IS NULL OR statutory_direction_date >= trigger_judgement_date),
        CONSTRAINT intervention_adviser_not_supported CHECK (improvement_adviser_council_code IS DISTINCT FROM supported_council_code)
      )`);

    await queryRunner.query(`
      ALTER TABLE partnership
        ADD COLUMN intervention_id uuid REFERENCES intervention (id),
        ADD COLUMN kind text NOT NULL DEFAULT 'improvement_partner'
          CONSTRAINT partnership_kind_known CHECK (kind IN ('improvement_adviser', 'improvement_partner', 'peer_support')),
        ADD COLUMN service_area text NOT NULL DEFAULT 'children_services',
        ADD COLUMN scope text,
        ADD COLUMN funding_kind text CONSTRAINT partnership_funding_kind_known CHECK (funding_kind IN ('grant', 'recharge', 'grant_and_recharge')),
        ADD COLUMN funding_amount_pence bigint CONSTRAINT partnership_funding_not_negative CHECK (funding_amount_pence >= 0)`);
    await queryRunner.query(`CREATE INDEX partnership_lead_idx ON partnership (lead_council_code, stage)`);
    await queryRunner.query(`CREATE INDEX partnership_supported_idx ON partnership (supported_council_code, stage)`);

    await queryRunner.query(`
      CREATE TABLE risk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership (id),
        category text NOT NULL CONSTRAINT risk_category_known CHECK (category IN (
          'staff_pressure', 'travel_distance', 'savings_programme', 'own_service_priority', 'reorganisation', 'other')),
        rating text NOT NULL CONSTRAINT risk_rating_known CHECK (rating IN ('low', 'medium', 'high', 'very_high')),
        description text NOT NULL,
        mitigation text,
        owner text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX risk_partnership_idx ON risk (partnership_id)`);

    await queryRunner.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership (id),
        kind text NOT NULL CONSTRAINT review_kind_known CHECK (kind IN ('periodic', 'commissioner')),
        review_date date NOT NULL,
        rag_rating text NOT NULL CONSTRAINT review_rag_known CHECK (rag_rating IN ('red', 'amber', 'green')),
        findings text NOT NULL,
        next_review_date date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT review_next_after_this CHECK (next_review_date IS NULL OR next_review_date > review_date)
      )`);
    await queryRunner.query(`CREATE INDEX review_partnership_idx ON review (partnership_id, review_date)`);

    await queryRunner.query(`
      CREATE TABLE decision_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_code text NOT NULL REFERENCES council (code),
        partnership_id uuid REFERENCES partnership (id),
        title text NOT NULL CONSTRAINT decision_record_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
        decision_maker text NOT NULL CONSTRAINT decision_record_maker_known CHECK (decision_maker IN ('cabinet', 'cabinet_member', 'officer')),
        decision_maker_name text,
        meeting_name text,
        meeting_date date,
        decision_text text NOT NULL,
        status text NOT NULL CONSTRAINT decision_record_status_known
          CHECK (status IN ('recommendations_approved', 'approved', 'rejected', 'deferred', 'called_in')),
        is_key_decision boolean NOT NULL,
        key_decision_reason text,
        subject_to_call_in boolean NOT NULL,
        urgency_route text CONSTRAINT decision_record_urgency_known CHECK (urgency_route IN ('general_exception', 'special_urgency')),
        wards_affected text[] NOT NULL DEFAULT '{}',
        forward_plan_first_published date,
        decision_date date NOT NULL,
        publication_date date NOT NULL,
        call_in_deadline date,
        effective_from date,
        exempt_paragraph smallint CONSTRAINT decision_record_exempt_paragraph_range CHECK (exempt_paragraph BETWEEN 1 AND 7),
        exempt_information text,
        concerns jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT decision_record_published_after_decision CHECK (publication_date >= decision_date),
        CONSTRAINT decision_record_key_has_reason CHECK (NOT is_key_decision OR key_decision_reason IS NOT NULL),
        CONSTRAINT decision_record_call_in_deadline_when_subject CHECK (subject_to_call_in = (call_in_deadline IS NOT NULL)),
        CONSTRAINT decision_record_exempt_text_has_paragraph CHECK (exempt_information IS NULL OR exempt_paragraph IS NOT NULL),
        CONSTRAINT decision_record_concerns_is_list CHECK (jsonb_typeof(concerns) = 'array')
      )`);
    await queryRunner.query(`CREATE INDEX decision_record_council_idx ON decision_record (council_code, decision_date)`);
    await queryRunner.query(`CREATE INDEX decision_record_partnership_idx ON decision_record (partnership_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE decision_record');
    await queryRunner.query('DROP TABLE review');
    await queryRunner.query('DROP TABLE risk');
    await queryRunner.query(`ALTER TABLE partnership DROP COLUMN intervention_id, DROP COLUMN kind, DROP COLUMN service_area,
      DROP COLUMN scope, DROP COLUMN funding_kind, DROP COLUMN funding_amount_pence`);
    await queryRunner.query('DROP TABLE intervention');
    await queryRunner.query('DROP TABLE staff_member');
    await queryRunner.query('DROP TABLE team');
    await queryRunner.query('DROP TABLE governance_settings');
    await queryRunner.query('ALTER TABLE principal DROP CONSTRAINT principal_council_fk');
    await queryRunner.query('ALTER TABLE partnership DROP CONSTRAINT partnership_supported_council_fk');
    await queryRunner.query('ALTER TABLE partnership DROP CONSTRAINT partnership_lead_council_fk');
    await queryRunner.query('DROP TABLE council_succession');
    await queryRunner.query('DROP TABLE council');
  }
}
