import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAuditEvent, SYSTEM_ACTOR } from '#audit';
import { addWorkingDays, dateOfInstant, englandAndWalesCalendar, startOfDay, weekdaysBeyondCoverage } from '#domain';
import { recordDomainEvent } from '#events';
import type { ActingPrincipal, SignOffTiming } from '#workflows';
import { partnershipCouncils } from './partnership-councils.js';

/** Chasers go out at 09:00 UTC on the working day they fall due. */
const NINE_AM_MS = 9 * 3_600_000;

/** Signatures and the chasing of missing ones, in the lead council's working days. */
@Injectable()
export class SignOffActivities {
  constructor(private readonly dataSource: DataSource) {}

  /** The lead council's reminder and escalation periods, in working days from the day sign-off opened, as durations from then. */
  async signOffTiming(partnershipId: string, openedAtMs?: number): Promise<SignOffTiming> {
    const [settings] = (await this.dataSource.query(
      `SELECT g.sign_off_reminder_working_days AS remind, g.sign_off_escalation_working_days AS escalate
       FROM partnership p JOIN governance_settings g ON g.council_code = p.lead_council_code WHERE p.id = $1`,
      [partnershipId],
    )) as { remind: number; escalate: number }[];
    const now = openedAtMs ?? Date.now();
    const today = dateOfInstant(now);
    // Reminders are not statutory: past the published holidays they fall on weekdays rather than not at all.
    const calendar = weekdaysBeyondCoverage(englandAndWalesCalendar());
    const at = (days: number) => startOfDay(addWorkingDays(today, days, calendar)) + NINE_AM_MS - now;
    return { remindAfterMs: at(settings?.remind ?? 5), escalateAfterMs: at(settings?.escalate ?? 10) };
  }

  /** Records that signatures are overdue; once per kind and sign-off round, however often it is retried. */
  async recordSignOffChase(input: {
    partnershipId: string;
    kind: 'reminder' | 'escalation';
    signedBy: string[];
    round: number;
  }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const councils = await partnershipCouncils(manager, input.partnershipId);
      const both = [councils.lead, councils.supported];
      const waitingFor = both.filter((code) => !input.signedBy.includes(code));
      const chasedTo = input.kind === 'reminder' ? 'chief executives' : 'council leaders';
      const idempotencyKey = `partnership.sign_off_${input.kind}:${input.partnershipId}:${input.round}`;
      await recordAuditEvent(manager, {
        actor: SYSTEM_ACTOR,
        action: input.kind === 'reminder' ? 'partnership.sign_off_reminder' : 'partnership.sign_off_escalated',
        targetType: 'partnership',
        targetId: input.partnershipId,
        targetCouncilCodes: both,
        after: { waitingFor, to: chasedTo },
        idempotencyKey,
      });
      await recordDomainEvent(manager, {
        type: 'partnership.sign_off_overdue',
        councilCodes: both,
        subject: { type: 'partnership', id: input.partnershipId },
        data: { partnershipId: input.partnershipId, chase: input.kind, waitingFor, chasedTo },
        idempotencyKey,
      });
    });
  }

  /**
   * A chief executive's signature: its record and its audit event in one transaction, once per
   * council and sign-off round however often the activity is retried.
   */
  async recordSignature(input: { partnershipId: string; councilCode: string; actor?: ActingPrincipal; round: number }): Promise<void> {
    const actor = input.actor ?? SYSTEM_ACTOR;
    await this.dataSource.transaction(async (manager) => {
      const councils = await partnershipCouncils(manager, input.partnershipId);
      await manager.query(
        `INSERT INTO partnership_signature
           (partnership_id, sign_off_round, council_code, signed_by_principal_id, signed_by_name, signed_by_role)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [input.partnershipId, input.round, input.councilCode, actor.principalId, actor.name, actor.role],
      );
      await recordAuditEvent(manager, {
        actor,
        action: 'partnership.signed',
        targetType: 'partnership',
        targetId: input.partnershipId,
        targetCouncilCodes: [councils.lead, councils.supported],
        after: { councilCode: input.councilCode, for: input.councilCode === councils.lead ? 'lead council' : 'supported council' },
        idempotencyKey: `partnership.signed:${input.partnershipId}:${input.councilCode}:${input.round}`,
      });
      await recordDomainEvent(manager, {
        type: 'partnership.signed',
        councilCodes: [councils.lead, councils.supported],
        subject: { type: 'partnership', id: input.partnershipId },
        data: {
          partnershipId: input.partnershipId,
          councilCode: input.councilCode,
          for: input.councilCode === councils.lead ? 'lead council' : 'supported council',
          signedBy: { name: actor.name, role: actor.role },
        },
        idempotencyKey: `partnership.signed:${input.partnershipId}:${input.councilCode}:${input.round}`,
      });
    });
  }
}
