import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAuditEvent, SYSTEM_ACTOR } from '#audit';
import { isTerminalStage } from '#domain';
import { recordDomainEvent } from '#events';
import type { StageChange } from '#workflows';

export class MirrorOutOfStepError extends Error {}

/**
 * Writes the workflow's stage decisions into PostgreSQL. Temporal runs activities at least
 * once, so the change row's key (partnership, sequence) and the mirror update share one
 * transaction: a retry finds the row and writes nothing twice.
 */
@Injectable()
export class PartnershipMirrorService {
  constructor(private readonly dataSource: DataSource) {}

  async recordStageChange(change: StageChange): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO partnership_stage_change (partnership_id, sequence, from_stage, to_stage, workflow_id, run_id, comment)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (partnership_id, sequence) DO NOTHING
         RETURNING sequence`,
        [change.partnershipId, change.sequence, change.from, change.to, change.workflowId, change.runId, change.comment ?? null],
      );
      if (inserted.length === 0) return;
      const [rows, updated] = (await manager.query(
        `UPDATE partnership SET stage = $2, version = version + 1, updated_at = now() WHERE id = $1 AND stage = $3
         RETURNING lead_council_code, supported_council_code`,
        [change.partnershipId, change.to, change.from],
      )) as [{ lead_council_code: string; supported_council_code: string }[], number];
      if (updated !== 1) {
        // The mirror only ever follows the workflow; a mismatch is a defect, so fail loudly and retry.
        throw new MirrorOutOfStepError(`partnership ${change.partnershipId} is not in ${change.from} in the database`);
      }
      if (isTerminalStage(change.to)) {
        // An ended partnership owes nothing more: its open due dates close with it.
        await manager.query(
          `UPDATE partnership_due_date SET status = 'cancelled', updated_at = now()
           WHERE partnership_id = $1 AND status IN ('upcoming', 'reminded', 'due')`,
          [change.partnershipId],
        );
      }
      const councilCodes = [rows[0].lead_council_code, rows[0].supported_council_code];
      if (change.from === 'active' && change.to === 'under_review')
        await recordPeriodicReviewDue(manager, change.partnershipId, councilCodes);
      await recordAuditEvent(manager, {
        actor: change.actor ?? SYSTEM_ACTOR,
        action: 'partnership.stage_changed',
        targetType: 'partnership',
        targetId: change.partnershipId,
        targetCouncilCodes: councilCodes,
        before: { stage: change.from },
        after: { stage: change.to, comment: change.comment ?? null },
        workflowId: change.workflowId,
        runId: change.runId,
        idempotencyKey: `partnership.stage_changed:${change.partnershipId}:${change.sequence}`,
      });
      await recordDomainEvent(manager, {
        type: 'partnership.stage_changed',
        councilCodes,
        subject: { type: 'partnership', id: change.partnershipId },
        data: {
          partnershipId: change.partnershipId,
          from: change.from,
          to: change.to,
          comment: change.comment ?? null,
          leadCouncilCode: rows[0].lead_council_code,
          supportedCouncilCode: rows[0].supported_council_code,
        },
      });
    });
  }
}

/**
 * A periodic review falling due puts the partnership under review (the workflow's move, not a
 * due-date clock), so the feed hears of it here, as it hears of a commissioner's review from
 * its clock: `partnership.review_due`, once per review day.
 */
async function recordPeriodicReviewDue(manager: EntityManager, partnershipId: string, councilCodes: string[]): Promise<void> {
  const [review] = (await manager.query(
    `SELECT due_on::text AS due_on, label FROM partnership_due_date
     WHERE partnership_id = $1 AND kind = 'periodic_review' AND status IN ('upcoming', 'reminded', 'due')
     ORDER BY due_on LIMIT 1`,
    [partnershipId],
  )) as { due_on: string; label: string }[];
  if (!review) return;
  await recordDomainEvent(manager, {
    type: 'partnership.review_due',
    councilCodes,
    subject: { type: 'partnership', id: partnershipId },
    data: { partnershipId, review: 'periodic_review', dueOn: review.due_on, label: review.label },
    idempotencyKey: `partnership.review_due:${partnershipId}:periodic_review:${review.due_on}`,
  });
}
