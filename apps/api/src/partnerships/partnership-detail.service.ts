import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  dateOfInstant,
  englandAndWalesCalendar,
  isTerminalStage,
  nextActionFor,
  type NextActionFacts,
  type Principal,
} from '../../../../libs/domain/src/index.js';
import {
  AuditEventEntity,
  DecisionRecordEntity,
  GovernanceSettingsEntity,
  PartnershipDueDateEntity,
  type PartnershipEntity,
} from '../../../../libs/persistence/src/index.js';
import { DecisionRecordsService } from '../../../../libs/decisions/src/index.js';
import { PartnershipWorkflowClient } from '../../../../libs/temporal-client/src/index.js';
import { AuditEventResponse } from '../audit-events/audit-event.response.js';
import { DecisionRecordResponse } from '../decision-records/dto/decision-record.response.js';
import type { PartnershipDetailResponse, SignatureResponse } from './dto/partnership-detail.response.js';
import { PartnershipResponse } from './dto/partnership.response.js';
import { PartnershipsService } from './partnerships.service.js';

const CALENDAR = englandAndWalesCalendar();
const OPEN_DUE_DATES = new Set(['upcoming', 'reminded', 'due']);

/** Reads one partnership in full from the mirror (and, during a hand-back, the workflow's own state). */
@Injectable()
export class PartnershipDetailService {
  private readonly logger = new Logger(PartnershipDetailService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly workflows: PartnershipWorkflowClient,
  ) {}

  async detail(id: string, principal: Principal): Promise<PartnershipDetailResponse> {
    const partnership = await this.partnerships.get(id, principal);
    const [decision, dueDates, timeline] = await Promise.all([
      this.dataSource.getRepository(DecisionRecordEntity).findOne({
        where: { partnershipId: id },
        order: { createdAt: 'DESC', id: 'DESC' },
      }),
      this.dataSource.getRepository(PartnershipDueDateEntity).find({ where: { partnershipId: id }, order: { dueOn: 'ASC', kind: 'ASC' } }),
      this.partnerships.timeline(id, principal),
    ]);
    const signatures = signaturesSinceSignOffOpened(timeline);
    const facts: NextActionFacts = {
      calledIn: decision?.status === 'called_in',
      callInDeadline: decision?.callInDeadline ?? null,
      signOffOpenedOn: lastEntryInto('sign_off', timeline),
      signOffReminderWorkingDays: await this.reminderWorkingDays(partnership),
      awaitingSignatureFrom: [partnership.leadCouncilCode, partnership.supportedCouncilCode].filter(
        (code) => !signatures.some((signature) => signature.councilCode === code),
      ),
      nextDueOn:
        dueDates.find((due) => OPEN_DUE_DATES.has(due.status) && (partnership.stage !== 'under_review' || due.kind === 'periodic_review'))
          ?.dueOn ?? null,
      handBackUntil: partnership.stage === 'exiting' ? await this.handBackUntil(id) : null,
    };
    const nextAction = isTerminalStage(partnership.stage) ? null : nextActionFor(partnership.stage, facts, CALENDAR);
    return {
      ...PartnershipResponse.from(partnership),
      nextAction: nextAction && { ...nextAction, by: [...nextAction.by], dueBy: nextAction.dueBy ?? null },
      decision: decision && DecisionRecordResponse.from(decision, DecisionRecordsService.mayReadExempt(principal, decision)),
      signatures: partnership.stage === 'sign_off' ? signatures : [],
      dueDates: dueDates.map(({ kind, dueOn, remindOn, label, status }) => ({ kind, dueOn, remindOn, label, status })),
      timeline: timeline.map(AuditEventResponse.from),
    };
  }

  private async reminderWorkingDays(partnership: PartnershipEntity): Promise<number | undefined> {
    if (partnership.stage !== 'sign_off') return undefined;
    const settings = await this.dataSource.getRepository(GovernanceSettingsEntity).findOneBy({ councilCode: partnership.leadCouncilCode });
    return settings?.signOffReminderWorkingDays;
  }

  /** Only the workflow knows the hand-back date; without it the answer simply has no date. */
  private async handBackUntil(id: string): Promise<string | null> {
    try {
      return (await this.workflows.state(id)).exit?.handBackUntil ?? null;
    } catch (error) {
      this.logger.warn(`partnership ${id}: the workflow did not say when its hand-back ends: ${(error as Error).message}`);
      return null;
    }
  }
}

/** The day the partnership last moved into `stage`, by the audit trail. */
function lastEntryInto(stage: string, timeline: AuditEventEntity[]): string | null {
  const entry = timeline.findLast(
    (event) => event.action === 'partnership.stage_changed' && (event.after as { stage?: string } | null)?.stage === stage,
  );
  return entry ? dateOfInstant(entry.occurredAt.getTime()) : null;
}

function signaturesSinceSignOffOpened(timeline: AuditEventEntity[]): SignatureResponse[] {
  const opened = timeline.findLastIndex(
    (event) => event.action === 'partnership.stage_changed' && (event.after as { stage?: string } | null)?.stage === 'sign_off',
  );
  return timeline
    .slice(opened + 1)
    .filter((event) => event.action === 'partnership.signed')
    .map((event) => ({
      councilCode: (event.after as { councilCode: string }).councilCode,
      signedBy: event.actorName,
      signedAt: event.occurredAt.toISOString(),
    }));
}
