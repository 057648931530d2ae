import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAuditEvent, SYSTEM_ACTOR } from '#audit';
import { CapacityService } from '#capacity';
import { DecisionRecordsService } from '#decisions';
import { AccordError, capacityFinding, describeCapacityFinding, fromMilliFte, isKeyDecision, startOfDay } from '#domain';
import { decisionCouncils } from '#decisions';
import { recordDomainEvent } from '#events';
import { partnershipCouncils, recordPartnershipEvent } from './partnership-councils.js';
import type { ActingPrincipal, CabinetDecisionInput, CapacityVerdict, DecisionStatusChangeInput, RecordedDecision } from '#workflows';

/** Thresholds of the capacity check the workflow runs (the API's check takes them as parameters). */
const WARN_BELOW_FTE = 0.5;
const DISTANCE_THRESHOLD_MILES = 50;

/**
 * The approval activities that touch the database: the capacity check, the Cabinet decision
 * record and its status through a call-in. A refusal by the domain (a coded AccordError) is
 * final: the binding (withFinalFailures) makes it a non-retryable failure; anything else is retried.
 */
@Injectable()
export class ApprovalActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly capacity: CapacityService,
    private readonly decisions: DecisionRecordsService,
  ) {}

  /**
   * Runs the capacity check for the partnership's latest entry into the capacity check, and
   * records its outcome (a record and an audit event, in one transaction) once: a retry finds the
   * record and answers what was recorded, so the workflow and the timeline never disagree.
   */
  async checkCapacity(partnershipId: string): Promise<CapacityVerdict> {
    const round = await this.capacityCheckRound(partnershipId);
    const earlier = await this.recordedCapacityCheck(partnershipId, round);
    if (earlier) return earlier;
    const check = await this.capacity.checkPartnership(partnershipId, {
      warnBelowFte: WARN_BELOW_FTE,
      distanceThresholdMiles: DISTANCE_THRESHOLD_MILES,
    });
    const finding = capacityFinding(check.outcome, check.teams);
    const summary = [describeCapacityFinding(finding), ...check.risks.map((risk) => risk.detail)].join('; ');
    const { tightest } = finding;
    return this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO partnership_capacity_check (partnership_id, check_round, outcome, period_start, period_end, tightest_team_id,
           tightest_team_name, tightest_on, tightest_headroom_fte, tightest_below_floor_from, teams_below_floor, summary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING RETURNING outcome`,
        [
          partnershipId,
          round,
          check.outcome,
          check.period.start,
          check.period.end,
          tightest?.teamId ?? null,
          tightest?.teamName ?? null,
          tightest?.on ?? null,
          tightest ? String(fromMilliFte(tightest.headroom)) : null,
          tightest?.firstBelowFloorOn ?? null,
          finding.teamsBelowFloor,
          summary,
        ],
      )) as unknown[];
      if (inserted.length === 0) return (await this.recordedCapacityCheck(partnershipId, round)) as CapacityVerdict;
      await recordPartnershipEvent(manager, partnershipId, {
        actor: SYSTEM_ACTOR,
        action: 'partnership.capacity_checked',
        after: {
          outcome: check.outcome,
          summary,
          period: check.period,
          tightestTeam: tightest && { teamName: tightest.teamName, on: tightest.on, headroomFte: fromMilliFte(tightest.headroom) },
          teamsBelowFloor: finding.teamsBelowFloor,
          risks: check.risks,
        },
        idempotencyKey: `partnership.capacity_checked:${partnershipId}:${round}`,
      });
      if (finding.teamsBelowFloor > 0) {
        const councils = await partnershipCouncils(manager, partnershipId);
        await recordDomainEvent(manager, {
          type: 'capacity.below_floor',
          // Staffing figures are the lead council's own business.
          councilCodes: [councils.lead],
          subject: { type: 'partnership', id: partnershipId },
          data: {
            partnershipId,
            outcome: check.outcome,
            teamsBelowFloor: finding.teamsBelowFloor,
            tightestTeam: tightest && {
              teamId: tightest.teamId,
              teamName: tightest.teamName,
              on: tightest.on,
              headroomFte: fromMilliFte(tightest.headroom),
              firstBelowFloorOn: tightest.firstBelowFloorOn,
            },
            period: check.period,
          },
          idempotencyKey: `capacity.below_floor:${partnershipId}:${round}`,
        });
      }
      return { outcome: check.outcome, summary };
    });
  }

  /** The stage change that opened the check now running (0 when none is recorded). */
  private async capacityCheckRound(partnershipId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(max(sequence), 0) AS round FROM partnership_stage_change WHERE partnership_id = $1 AND to_stage = 'capacity_check'`,
      [partnershipId],
    )) as { round: number }[];
    return row.round;
  }

  private async recordedCapacityCheck(partnershipId: string, round: number): Promise<CapacityVerdict | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT outcome, summary FROM partnership_capacity_check WHERE partnership_id = $1 AND check_round = $2`,
      [partnershipId, round],
    )) as CapacityVerdict[];
    return row;
  }

  /**
   * Records the Cabinet decision for the lead council. Its governance decides what the record
   * must say: spending at or above the key-decision threshold makes it a key decision (with the
   * forward-plan notice that needs), and the call-in quorum travels to the workflow.
   */
  async recordCabinetDecision(input: {
    partnershipId: string;
    decision: CabinetDecisionInput;
    actor?: ActingPrincipal;
    originKey: string;
  }): Promise<RecordedDecision> {
    const [governance] = (await this.dataSource.query(
      `SELECT p.lead_council_code, p.funding_amount_pence::text AS funding, g.key_decision_threshold_pence::text AS threshold,
         g.call_in_quorum
       FROM partnership p JOIN governance_settings g ON g.council_code = p.lead_council_code WHERE p.id = $1`,
      [input.partnershipId],
    )) as { lead_council_code: string; funding: string | null; threshold: string; call_in_quorum: number }[];
    requireKeyDecisionWhereDue(input.decision, governance.funding, governance.threshold);
    const record = await this.decisions.create(
      { ...input.decision, councilCode: governance.lead_council_code, partnershipId: input.partnershipId },
      { principal: null, audit: input.actor ?? SYSTEM_ACTOR },
      input.originKey,
    );
    return {
      decisionRecordId: record.id,
      status: record.status as RecordedDecision['status'],
      subjectToCallIn: record.subjectToCallIn,
      callInClosesAtMs: record.subjectToCallIn && record.effectiveFrom ? startOfDay(record.effectiveFrom) : null,
      callInQuorum: governance.call_in_quorum,
    };
  }

  /** A call-in marks the decision record called in; scrutiny's release gives it back its status. Once per key. */
  async changeDecisionStatus(input: DecisionStatusChangeInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [before] = (await manager.query(
        `SELECT status, council_code FROM decision_record WHERE id = $1 AND partnership_id = $2 FOR UPDATE`,
        [input.decisionRecordId, input.partnershipId],
      )) as { status: string; council_code: string }[];
      if (!before || before.status === input.status) return;
      await manager.query(`UPDATE decision_record SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
        input.decisionRecordId,
        input.status,
      ]);
      await recordAuditEvent(manager, {
        actor: input.actor ?? SYSTEM_ACTOR,
        action: input.status === 'called_in' ? 'decision_record.called_in' : 'decision_record.released',
        targetType: 'decision_record',
        targetId: input.decisionRecordId,
        targetCouncilCodes: [before.council_code],
        after: { status: input.status, partnershipId: input.partnershipId, ...(input.members ? { members: input.members } : {}) },
        idempotencyKey: `decision_record.status:${input.key}`,
      });
      await recordDomainEvent(manager, {
        type: 'decision.status_changed',
        councilCodes: await decisionCouncils(manager, { councilCode: before.council_code, partnershipId: input.partnershipId }),
        subject: { type: 'decision_record', id: input.decisionRecordId },
        data: {
          decisionRecordId: input.decisionRecordId,
          partnershipId: input.partnershipId,
          from: before.status,
          to: input.status,
        },
        idempotencyKey: `decision.status_changed:${input.key}`,
      });
    });
  }
}

/** Money at or above the council's threshold makes a decision key (SI 2012/2089 reg 8); the record must say so. */
function requireKeyDecisionWhereDue(decision: CabinetDecisionInput, fundingPence: string | null, thresholdPence: string): void {
  if (decision.isKeyDecision || fundingPence === null) return;
  const test = { spendingPence: Number(fundingPence), savingsPence: 0, wardsAffected: decision.wardsAffected?.length ?? 0 };
  if (isKeyDecision(test, Number(thresholdPence))) {
    throw new AccordError(
      'decision_refused',
      `funding of ${formatPounds(fundingPence)} (or ${test.wardsAffected} wards affected) makes this a key decision under the council's ` +
        `threshold of ${formatPounds(thresholdPence)}; record it as key, with its forward-plan notice or urgency route`,
    );
  }
}

function formatPounds(pence: string): string {
  return `£${(Number(pence) / 100).toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
}
