import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking a secondment in one round trip (issue 15): `book_secondment` does what
 * libs/capacity/src/secondment-booking.service.ts did in seven (begin, lock + team,
 * partnership, holdings, insert, audit insert, domain event, commit), in the same order and
 * with the same refusals, each RAISEd with an SQLSTATE of class `UA` (Accord's own), the
 * Accord error code as MESSAGE and the facts the API words its detail from as DETAIL (JSON).
 *
 * A function and not one CTE statement: bookings for one person queue on the staff row's lock,
 * and the one that waited must see the bookings committed while it waited. Under READ
 * COMMITTED each statement of a VOLATILE PL/pgSQL function takes a fresh snapshot, so the load
 * read after `FOR UPDATE` returns includes them; a single CTE statement keeps the snapshot it
 * took before it waited for the lock, so it would miss them and overbook.
 */
export class BookSecondmentFunction1764001050000 implements MigrationInterface {
  name = 'BookSecondmentFunction1764001050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION book_secondment(
        p_id uuid,
        p_staff_member_id uuid,
        p_partnership_id uuid,
        p_fte numeric,
        p_start date,
        p_end date,
        p_recharge_kind text,
        p_recharge_day_rate_pence bigint,
        p_holding_statuses text[],
        p_sees_every_council boolean,
        p_principal_council_code text,
        p_actor jsonb,
        p_audit_after jsonb,
        p_event_data jsonb
      ) RETURNS SETOF secondment
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        v_staff record;
        v_partnership record;
        v_milli integer := round(p_fte * 1000);
        v_contracted integer;
        v_peak integer;
        v_on date;
      BEGIN
        -- Every booking and contract change for this person queues here (lockStaff).
        SELECT s.contracted_fte, s.employment_start, s.employment_end, t.council_code INTO v_staff
        FROM staff_member s JOIN team t ON t.id = s.team_id WHERE s.id = p_staff_member_id FOR UPDATE OF s;
        IF NOT FOUND OR NOT coalesce(p_sees_every_council OR v_staff.council_code = p_principal_council_code, false) THEN
          RAISE EXCEPTION 'staff_member_not_found' USING ERRCODE = 'UA001', DETAIL = json_build_object('staffMemberId', p_staff_member_id);
        END IF;

        SELECT lead_council_code, supported_council_code, stage INTO v_partnership FROM partnership WHERE id = p_partnership_id;
        IF NOT FOUND OR NOT coalesce(p_sees_every_council
            OR p_principal_council_code IN (v_partnership.lead_council_code, v_partnership.supported_council_code), false) THEN
          RAISE EXCEPTION 'unknown_reference' USING ERRCODE = 'UA002', DETAIL = json_build_object('partnershipId', p_partnership_id);
        END IF;
        IF v_partnership.lead_council_code <> v_staff.council_code THEN
          RAISE EXCEPTION 'forbidden_for_council' USING ERRCODE = 'UA003', DETAIL = '{}';
        END IF;
        IF v_partnership.stage IN ('completed', 'rejected', 'withdrawn') THEN
          RAISE EXCEPTION 'partnership_closed' USING ERRCODE = 'UA004', DETAIL = json_build_object('stage', v_partnership.stage);
        END IF;

        IF p_start < v_staff.employment_start OR (v_staff.employment_end IS NOT NULL AND p_end > v_staff.employment_end) THEN
          RAISE EXCEPTION 'secondment_outside_employment' USING ERRCODE = 'UA005',
            DETAIL = json_build_object('employmentStart', v_staff.employment_start, 'employmentEnd', v_staff.employment_end);
        END IF;

        -- The peak daily load over the new period (a fresh snapshot: it sees every booking
        -- committed while this one waited for the lock). A sweep over the days the load changes,
        -- clipped to the period, as peakLoad in libs/domain does: the first day of the highest load.
        v_contracted := round(v_staff.contracted_fte * 1000);
        SELECT load, day INTO v_peak, v_on FROM (
          SELECT day, sum(sum(change)) OVER (ORDER BY day) AS load FROM (
            SELECT greatest(start_date, p_start) AS day, round(fte * 1000)::integer AS change FROM secondment
            WHERE staff_member_id = p_staff_member_id AND status = ANY (p_holding_statuses)
              AND daterange(start_date, end_date, '[]') && daterange(p_start, p_end, '[]')
            UNION ALL
            SELECT least(end_date, p_end) + 1, -round(fte * 1000)::integer FROM secondment
            WHERE staff_member_id = p_staff_member_id AND status = ANY (p_holding_statuses)
              AND daterange(start_date, end_date, '[]') && daterange(p_start, p_end, '[]')
            UNION ALL VALUES (p_start, v_milli), (p_end + 1, -v_milli)
          ) AS changes GROUP BY day
        ) AS running ORDER BY load DESC, day LIMIT 1;
        IF v_peak > v_contracted THEN
          RAISE EXCEPTION 'secondment_exceeds_contract' USING ERRCODE = 'UA006',
            DETAIL = json_build_object('on', v_on, 'peakMilliFte', v_peak, 'contractedFte', v_staff.contracted_fte);
        END IF;

        RETURN QUERY INSERT INTO secondment (id, staff_member_id, partnership_id, fte, start_date, end_date, planned_end, status,
            recharge_kind, recharge_day_rate_pence)
          VALUES (p_id, p_staff_member_id, p_partnership_id, p_fte, p_start, p_end, p_end, 'proposed',
            p_recharge_kind, p_recharge_day_rate_pence)
          RETURNING *;

        INSERT INTO audit_event (actor_principal_id, actor_name, actor_role, actor_council_code, action, target_type, target_id,
            target_council_codes, after, request_id, actor_authenticated_by)
        VALUES ((p_actor ->> 'principalId')::uuid, p_actor ->> 'name', p_actor ->> 'role', p_actor ->> 'councilCode',
            'secondment.proposed', 'secondment', p_id::text, ARRAY[v_staff.council_code], p_audit_after,
            p_actor ->> 'requestId', p_actor ->> 'authenticatedBy');

        INSERT INTO domain_event (type, council_codes, subject_type, subject_id, data)
        VALUES ('secondment.booked', ARRAY[v_staff.council_code], 'secondment', p_id::text, p_event_data);
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION book_secondment(uuid, uuid, uuid, numeric, date, date, text, bigint, text[], boolean, text, jsonb, jsonb, jsonb)`,
    );
  }
}
