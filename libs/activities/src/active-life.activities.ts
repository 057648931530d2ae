import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '#audit';
import {
  clocksAhead,
  englandAndWalesCalendar,
  firstReviewDue,
  interventionClocks,
  type DueDateKind,
  type InterventionClockFacts,
  type IsoDate,
  type Reinspection,
} from '#domain';
import { recordDomainEvent } from '#events';
import type { ActingPrincipal, ActiveLifePlan, PartnershipReviewInput } from '#workflows';
import { partnershipCouncils, recordPartnershipEvent } from './partnership-councils.js';

const CALENDAR = englandAndWalesCalendar();

/** The clocks of an active partnership and what people record while it is active. */
@Injectable()
export class ActiveLifeActivities {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads the partnership and its intervention once, and lists what falls due as due dates. */
  async plan(input: { partnershipId: string; activeFrom: IsoDate }): Promise<ActiveLifePlan> {
    const [partnership] = (await this.dataSource.query(
      `SELECT planned_start::text AS start, planned_end::text AS "end", intervention_id FROM partnership WHERE id = $1`,
      [input.partnershipId],
    )) as { start: string; end: string; intervention_id: string | null }[];
    const [intervention] = partnership.intervention_id
      ? ((await this.dataSource.query(
          `SELECT trigger_judgement AS "triggerJudgement", trigger_judgement_date::text AS "triggerJudgementDate",
             review_deadline::text AS "reviewDeadline"
           FROM intervention WHERE id = $1`,
          [partnership.intervention_id],
        )) as InterventionClockFacts[])
      : [];
    const clocks = intervention ? clocksAhead(interventionClocks(intervention, CALENDAR), input.activeFrom) : [];
    const firstReviewOn = firstReviewDue(partnership.start, input.activeFrom);
    const rows = [...clocks, { kind: 'periodic_review' as const, dueOn: firstReviewOn, remindOn: null, label: 'Periodic review due' }];
    for (const row of rows) {
      await this.dataSource.query(
        `INSERT INTO partnership_due_date (partnership_id, kind, due_on, remind_on, label) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [input.partnershipId, row.kind, row.dueOn, row.remindOn, row.label],
      );
    }
    return { endsOn: partnership.end, firstReviewOn, clocks };
  }

  /** Marks the reminder or the due day once, with an audit event the councils see. */
  async recordDueDate(input: {
    partnershipId: string;
    kind: DueDateKind;
    dueOn: IsoDate;
    event: 'reminder' | 'due';
    label: string;
  }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE partnership_due_date SET status = $4, updated_at = now()
         WHERE partnership_id = $1 AND kind = $2 AND due_on = $3 AND status IN ('upcoming', 'reminded')`,
        [input.partnershipId, input.kind, input.dueOn, input.event === 'reminder' ? 'reminded' : 'due'],
      );
      await recordPartnershipEvent(manager, input.partnershipId, {
        actor: SYSTEM_ACTOR,
        action: input.event === 'reminder' ? 'partnership.due_date_reminder' : 'partnership.due_date_reached',
        after: { kind: input.kind, dueOn: input.dueOn, label: input.label },
        idempotencyKey: `partnership.due_date:${input.partnershipId}:${input.kind}:${input.dueOn}:${input.event}`,
      });
      if (input.event === 'due' && (input.kind === 'periodic_review' || input.kind === 'commissioner_review')) {
        const councils = await partnershipCouncils(manager, input.partnershipId);
        await recordDomainEvent(manager, {
          type: 'partnership.review_due',
          councilCodes: [councils.lead, councils.supported],
          subject: { type: 'partnership', id: input.partnershipId },
          data: { partnershipId: input.partnershipId, review: input.kind, dueOn: input.dueOn, label: input.label },
          idempotencyKey: `partnership.review_due:${input.partnershipId}:${input.kind}:${input.dueOn}`,
        });
      }
    });
  }

  /** Saves the review, meets the review that was due and sets the next one, in one transaction. */
  async recordReview(input: {
    partnershipId: string;
    review: PartnershipReviewInput;
    nextReviewOn: IsoDate;
    actor?: ActingPrincipal;
    originKey: string;
  }): Promise<{ reviewId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const [earlier] = (await manager.query(`SELECT id FROM review WHERE origin_key = $1`, [input.originKey])) as { id: string }[];
      if (earlier) return { reviewId: earlier.id };
      const { review } = input;
      const [saved] = (await manager.query(
        `INSERT INTO review (id, partnership_id, kind, review_date, rag_rating, findings, next_review_date, origin_key)
         VALUES (coalesce($8::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          input.partnershipId,
          review.kind,
          review.reviewDate,
          review.ragRating,
          review.findings,
          input.nextReviewOn,
          input.originKey,
          review.reviewId ?? null,
        ],
      )) as { id: string }[];
      await manager.query(
        `UPDATE partnership_due_date SET status = 'met', updated_at = now()
         WHERE partnership_id = $1 AND kind = 'periodic_review' AND status IN ('upcoming', 'reminded', 'due')`,
        [input.partnershipId],
      );
      await manager.query(
        `INSERT INTO partnership_due_date (partnership_id, kind, due_on, label) VALUES ($1, 'periodic_review', $2, 'Periodic review due')
         ON CONFLICT (partnership_id, kind, due_on) DO UPDATE SET status = 'upcoming', updated_at = now()`,
        [input.partnershipId, input.nextReviewOn],
      );
      await recordPartnershipEvent(manager, input.partnershipId, {
        actor: input.actor ?? SYSTEM_ACTOR,
        action: 'review.recorded',
        after: { reviewId: saved.id, ...review, nextReviewOn: input.nextReviewOn },
      });
      return { reviewId: saved.id };
    });
  }

  /**
   * On an exit on improvement: the supported council's Ofsted judgement becomes the re-inspection's
   * (unless a later one is already on record) and the intervention's statutory direction is lifted.
   * Each is its own event in the partnership's timeline, with what was on record before and after;
   * a retry changes nothing twice and records nothing twice.
   */
  async recordReinspection(input: { partnershipId: string; reinspection: Reinspection; actor?: ActingPrincipal }): Promise<void> {
    const { judgement, judgedOn, directionLiftedOn } = input.reinspection;
    const actor = input.actor ?? SYSTEM_ACTOR;
    await this.dataSource.transaction(async (manager) => {
      const councils = await partnershipCouncils(manager, input.partnershipId);
      const [council] = (await manager.query(
        `SELECT ofsted_judgement AS judgement, ofsted_judgement_date::text AS "judgedOn" FROM council WHERE code = $1 FOR UPDATE`,
        [councils.supported],
      )) as { judgement: string | null; judgedOn: string | null }[];
      const laterOnRecord = council.judgedOn !== null && council.judgedOn > judgedOn;
      if (!laterOnRecord) {
        await manager.query(
          `UPDATE council SET ofsted_judgement = $2, ofsted_judgement_date = $3, ofsted_judgement_illustrative = false,
             version = version + 1, updated_at = now()
           WHERE code = $1 AND (ofsted_judgement IS DISTINCT FROM $2 OR ofsted_judgement_date IS DISTINCT FROM $3::date)`,
          [councils.supported, judgement, judgedOn],
        );
      }
      await recordPartnershipEvent(manager, input.partnershipId, {
        actor,
        action: 'partnership.supported_council_rejudged',
        before: { councilCode: councils.supported, ...council },
        after: laterOnRecord
          ? { councilCode: councils.supported, ...council, reinspection: { judgement, judgedOn }, kept: 'a later judgement is on record' }
          : { councilCode: councils.supported, judgement, judgedOn },
        idempotencyKey: `partnership.reinspection:${input.partnershipId}:judgement`,
      });
      const [intervention] = (await manager.query(
        `SELECT i.id, i.direction_lifted_on::text AS "directionLiftedOn"
         FROM intervention i JOIN partnership p ON p.intervention_id = i.id WHERE p.id = $1 FOR UPDATE OF i`,
        [input.partnershipId],
      )) as { id: string; directionLiftedOn: string | null }[];
      if (!intervention) return;
      if (intervention.directionLiftedOn === null) {
        await manager.query(`UPDATE intervention SET direction_lifted_on = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
          intervention.id,
          directionLiftedOn,
        ]);
      }
      await recordPartnershipEvent(manager, input.partnershipId, {
        actor,
        action: 'partnership.direction_lifted',
        before: { interventionId: intervention.id, directionLiftedOn: intervention.directionLiftedOn },
        after: { interventionId: intervention.id, directionLiftedOn: intervention.directionLiftedOn ?? directionLiftedOn },
        idempotencyKey: `partnership.reinspection:${input.partnershipId}:direction`,
      });
    });
  }
}
