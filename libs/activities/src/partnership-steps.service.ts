import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { recordAuditEvent, SYSTEM_ACTOR } from '../../audit/src/index.js';
import { CapacityService } from '../../capacity/src/index.js';
import { DecisionRecordsService } from '../../decisions/src/index.js';
import { AccordError, fromMilliFte, isKeyDecision } from '../../domain/src/index.js';
import type {
  ActingPrincipal,
  CabinetDecisionInput,
  CapacityVerdict,
  DecisionStatusChange,
  RecordedDecision,
} from '../../workflows/src/partnership.contract.js';

/** Thresholds of the capacity check the workflow runs (the API's check takes them as parameters). */
const WARN_BELOW_FTE = 0.5;
const DISTANCE_THRESHOLD_MILES = 50;

/**
 * The partnership workflow's steps that touch the database. A refusal by the domain (a coded
 * AccordError) is final, so it becomes a non-retryable failure; anything else is retried.
 */
@Injectable()
export class PartnershipStepsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly capacity: CapacityService,
    private readonly decisions: DecisionRecordsService,
  ) {}

  async checkCapacity(partnershipId: string): Promise<CapacityVerdict> {
    const check = await finalOnRefusal(() =>
      this.capacity.checkPartnership(partnershipId, { warnBelowFte: WARN_BELOW_FTE, distanceThresholdMiles: DISTANCE_THRESHOLD_MILES }),
    );
    const breached = check.teams.filter((team) => team.breaches.length > 0);
    const tightest = [...check.teams].sort((a, b) => a.minimumHeadroom - b.minimumHeadroom)[0];
    const parts = [
      breached.length > 0
        ? `${breached.length} team(s) fall below their retention floor, first ${breached[0].teamName} from ${breached[0].breaches[0].start}`
        : tightest
          ? `least headroom ${fromMilliFte(tightest.minimumHeadroom)} FTE in ${tightest.teamName} on ${tightest.minimumOn}`
          : 'no teams to check',
      ...check.risks.map((risk) => risk.detail),
    ];
    return { outcome: check.outcome, summary: parts.join('; ') };
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
    const record = await finalOnRefusal(() => {
      requireKeyDecisionWhereDue(input.decision, governance.funding, governance.threshold);
      return this.decisions.create(
        { ...input.decision, councilCode: governance.lead_council_code, partnershipId: input.partnershipId },
        { principal: null, audit: input.actor ?? SYSTEM_ACTOR },
        input.originKey,
      );
    });
    return {
      decisionRecordId: record.id,
      status: record.status as RecordedDecision['status'],
      subjectToCallIn: record.subjectToCallIn,
      callInClosesAtMs: record.subjectToCallIn && record.effectiveFrom ? Date.parse(`${record.effectiveFrom}T00:00:00Z`) : null,
      callInQuorum: governance.call_in_quorum,
    };
  }

  /** A call-in marks the decision record called in; scrutiny's release gives it back its status. Once per key. */
  async changeDecisionStatus(input: {
    partnershipId: string;
    decisionRecordId: string;
    status: DecisionStatusChange;
    members?: string[];
    actor?: ActingPrincipal;
    key: string;
  }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE decision_record SET status = $2, version = version + 1, updated_at = now()
         WHERE id = $1 AND partnership_id = $3 AND status <> $2 RETURNING council_code`,
        [input.decisionRecordId, input.status, input.partnershipId],
      )) as [{ council_code: string }[], number];
      if (rows.length === 0) return;
      await recordAuditEvent(manager, {
        actor: input.actor ?? SYSTEM_ACTOR,
        action: input.status === 'called_in' ? 'decision_record.called_in' : 'decision_record.released',
        targetType: 'decision_record',
        targetId: input.decisionRecordId,
        targetCouncilCodes: [rows[0].council_code],
        after: { status: input.status, partnershipId: input.partnershipId, ...(input.members ? { members: input.members } : {}) },
        idempotencyKey: `decision_record.status:${input.key}`,
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

async function finalOnRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AccordError) throw ApplicationFailure.create({ type: error.code, message: error.message, nonRetryable: true });
    throw error;
  }
}
