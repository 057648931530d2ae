import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { recordAuditEvent, SYSTEM_ACTOR } from '../../audit/src/index.js';
import { CapacityService } from '../../capacity/src/index.js';
import { DecisionRecordsService } from '../../decisions/src/index.js';
import { AccordError, addWorkingDays, englandAndWalesCalendar, fromMilliFte } from '../../domain/src/index.js';
import type {
  ActingPrincipal,
  CabinetDecisionInput,
  CapacityVerdict,
  RecordedDecision,
  SignOffTiming,
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

  async recordCabinetDecision(input: {
    partnershipId: string;
    decision: CabinetDecisionInput;
    actor?: ActingPrincipal;
    originKey: string;
  }): Promise<RecordedDecision> {
    const [partnership] = (await this.dataSource.query(`SELECT lead_council_code FROM partnership WHERE id = $1`, [
      input.partnershipId,
    ])) as {
      lead_council_code: string;
    }[];
    const record = await finalOnRefusal(() =>
      this.decisions.create(
        { ...input.decision, councilCode: partnership.lead_council_code, partnershipId: input.partnershipId },
        { principal: null, audit: input.actor ?? SYSTEM_ACTOR },
        input.originKey,
      ),
    );
    return {
      decisionRecordId: record.id,
      status: record.status as RecordedDecision['status'],
      subjectToCallIn: record.subjectToCallIn,
      callInClosesAtMs: record.subjectToCallIn && record.effectiveFrom ? Date.parse(`${record.effectiveFrom}T00:00:00Z`) : null,
    };
  }

  /** The lead council's reminder and escalation periods, as working days from today, in milliseconds from now. */
  async signOffTiming(partnershipId: string): Promise<SignOffTiming> {
    const [settings] = (await this.dataSource.query(
      `SELECT g.sign_off_reminder_working_days AS remind, g.sign_off_escalation_working_days AS escalate
       FROM partnership p JOIN governance_settings g ON g.council_code = p.lead_council_code WHERE p.id = $1`,
      [partnershipId],
    )) as { remind: number; escalate: number }[];
    const now = Date.now();
    const today = new Date(now).toISOString().slice(0, 10);
    const calendar = englandAndWalesCalendar();
    const at = (days: number) => Date.parse(`${addWorkingDays(today, days, calendar)}T09:00:00Z`) - now;
    return { remindAfterMs: at(settings?.remind ?? 5), escalateAfterMs: at(settings?.escalate ?? 10) };
  }

  /** Records that signatures are overdue; once per kind and sign-off round, however often it is retried. */
  async recordSignOffChase(input: {
    partnershipId: string;
    kind: 'reminder' | 'escalation';
    signedBy: string[];
    round: number;
  }): Promise<void> {
    const [partnership] = (await this.dataSource.query(`SELECT lead_council_code, supported_council_code FROM partnership WHERE id = $1`, [
      input.partnershipId,
    ])) as { lead_council_code: string; supported_council_code: string }[];
    const councils = [partnership.lead_council_code, partnership.supported_council_code];
    await recordAuditEvent(this.dataSource.manager, {
      actor: SYSTEM_ACTOR,
      action: input.kind === 'reminder' ? 'partnership.sign_off_reminder' : 'partnership.sign_off_escalated',
      targetType: 'partnership',
      targetId: input.partnershipId,
      targetCouncilCodes: councils,
      after: {
        waitingFor: councils.filter((code) => !input.signedBy.includes(code)),
        to: input.kind === 'reminder' ? 'chief executives' : 'council leaders',
      },
      idempotencyKey: `partnership.sign_off_${input.kind}:${input.partnershipId}:${input.round}`,
    });
  }

  /** On exit: active secondments end today (capacity returns), ones not yet started are cancelled. Safe to repeat. */
  async endSecondments(input: { partnershipId: string; actor?: ActingPrincipal }): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [ended] = (await manager.query(
        `UPDATE secondment SET status = 'ended', end_date = greatest(start_date, least(end_date, current_date)), version = version + 1, updated_at = now()
         WHERE partnership_id = $1 AND status = 'active' RETURNING id`,
        [input.partnershipId],
      )) as [{ id: string }[], number];
      const [cancelled] = (await manager.query(
        `UPDATE secondment SET status = 'cancelled', version = version + 1, updated_at = now()
         WHERE partnership_id = $1 AND status IN ('proposed', 'approved') RETURNING id`,
        [input.partnershipId],
      )) as [{ id: string }[], number];
      if (ended.length + cancelled.length > 0) {
        const [councils] = (await manager.query(`SELECT lead_council_code, supported_council_code FROM partnership WHERE id = $1`, [
          input.partnershipId,
        ])) as { lead_council_code: string; supported_council_code: string }[];
        await recordAuditEvent(manager, {
          actor: input.actor ?? SYSTEM_ACTOR,
          action: 'partnership.secondments_ended',
          targetType: 'partnership',
          targetId: input.partnershipId,
          targetCouncilCodes: [councils.lead_council_code, councils.supported_council_code],
          after: { ended: ended.map((row) => row.id), cancelled: cancelled.map((row) => row.id) },
        });
      }
      return ended.length + cancelled.length;
    });
  }
}

async function finalOnRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AccordError) throw ApplicationFailure.create({ type: error.code, message: error.message, nonRetryable: true });
    throw error;
  }
}
