import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '#audit';
import type { IsoDate } from '#domain';
import { recordDomainEvents, SECONDMENT_FACT_COLUMNS, secondmentEvent, type SecondmentFacts } from '#events';
import type { ActingPrincipal } from '#workflows';
import { partnershipCouncils, recordPartnershipEvent } from './partnership-councils.js';

/**
 * Secondments follow their partnership: they start on their first day once it is active, end
 * after their last day, and all end when it exits. Each write changes only rows still in the
 * old status, so a retried activity changes nothing twice and writes no second audit event.
 */
@Injectable()
export class SecondmentActivities {
  constructor(private readonly dataSource: DataSource) {}

  async keepInStep(input: { partnershipId: string; on: IsoDate }): Promise<{ nextChangeOn: IsoDate | null }> {
    return this.dataSource.transaction(async (manager) => {
      const started = (await manager.query(
        `UPDATE secondment SET status = 'active', version = version + 1, updated_at = now()
         WHERE partnership_id = $1 AND status = 'approved' AND start_date <= $2 RETURNING ${SECONDMENT_FACT_COLUMNS}`,
        [input.partnershipId, input.on],
      )) as [SecondmentFacts[], number];
      const finished = (await manager.query(
        `UPDATE secondment SET status = 'ended', version = version + 1, updated_at = now()
         WHERE partnership_id = $1 AND status = 'active' AND end_date < $2 RETURNING ${SECONDMENT_FACT_COLUMNS}`,
        [input.partnershipId, input.on],
      )) as [SecondmentFacts[], number];
      if (started[0].length + finished[0].length > 0) {
        await recordPartnershipEvent(manager, input.partnershipId, {
          actor: SYSTEM_ACTOR,
          action: 'partnership.secondments_in_step',
          after: {
            on: input.on,
            started: started[0].map((row) => row.id),
            ended: finished[0].map((row) => row.id),
          },
        });
        await this.publish(manager, input.partnershipId, [...started[0], ...finished[0]]);
      }
      const [next] = (await manager.query(
        `SELECT min(day)::text AS day FROM (
           SELECT start_date AS day FROM secondment WHERE partnership_id = $1 AND status = 'approved' AND start_date > $2
           UNION ALL
           SELECT end_date + 1 FROM secondment WHERE partnership_id = $1 AND status = 'active' AND end_date >= $2) upcoming`,
        [input.partnershipId, input.on],
      )) as { day: string | null }[];
      return { nextChangeOn: next.day };
    });
  }

  /** On exit: secondments under way end on `on` (capacity returns), ones not yet started are cancelled. */
  async endAll(input: { partnershipId: string; actor?: ActingPrincipal; on?: IsoDate }): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // An approved secondment whose first day had come ran, even if the exit overtook its start.
      const [ended] = (await manager.query(
        `UPDATE secondment SET status = 'ended', end_date = greatest(start_date, least(end_date, coalesce($2::date, current_date))),
           version = version + 1, updated_at = now()
         WHERE partnership_id = $1
           AND (status = 'active' OR (status = 'approved' AND start_date <= coalesce($2::date, current_date)))
         RETURNING ${SECONDMENT_FACT_COLUMNS}`,
        [input.partnershipId, input.on ?? null],
      )) as [SecondmentFacts[], number];
      const [cancelled] = (await manager.query(
        `UPDATE secondment SET status = 'cancelled', version = version + 1, updated_at = now()
         WHERE partnership_id = $1 AND status IN ('proposed', 'approved') RETURNING ${SECONDMENT_FACT_COLUMNS}`,
        [input.partnershipId],
      )) as [SecondmentFacts[], number];
      if (ended.length + cancelled.length > 0) {
        await recordPartnershipEvent(manager, input.partnershipId, {
          actor: input.actor ?? SYSTEM_ACTOR,
          action: 'partnership.secondments_ended',
          after: {
            on: input.on ?? null,
            ended: ended.map((row) => row.id),
            cancelled: cancelled.map((row) => row.id),
          },
        });
        await this.publish(manager, input.partnershipId, [...ended, ...cancelled]);
      }
      return ended.length + cancelled.length;
    });
  }

  /** One event per secondment changed, for the lending council's integrators. */
  private async publish(manager: EntityManager, partnershipId: string, secondments: readonly SecondmentFacts[]): Promise<void> {
    const { lead } = await partnershipCouncils(manager, partnershipId);
    await recordDomainEvents(
      manager,
      secondments.map((secondment) => secondmentEvent(secondment, lead)),
    );
  }
}
