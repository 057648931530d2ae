import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  dateOfInstant,
  describeCapacityFinding,
  englandAndWalesCalendar,
  toMilliFte,
  isTerminalStage,
  nextActionFor,
  type NextActionFacts,
  type PartnershipStage,
  type Principal,
} from '#domain';
import {
  DecisionRecordEntity,
  PartnershipCapacityCheckEntity,
  GovernanceSettingsEntity,
  PartnershipDueDateEntity,
  PartnershipSignatureEntity,
  PartnershipStageChangeEntity,
  type PartnershipEntity,
} from '#persistence';
import { DecisionRecordsService } from '#decisions';
import { PartnershipWorkflowClient } from '#temporal-client';
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

  /**
   * Every part is read from one snapshot: read one by one, a capacity check committed between the
   * reads showed its failure in the next action while the timeline did not yet have it.
   */
  detail(id: string, principal: Principal): Promise<PartnershipDetailResponse> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.detailIn(manager, id, principal));
  }

  private async detailIn(manager: EntityManager, id: string, principal: Principal): Promise<PartnershipDetailResponse> {
    const partnership = await this.partnerships.get(id, principal, manager);
    // One after another: a transaction has one connection, and pg only queues queries sent to it
    // at once (a use it deprecates), so running them together would gain nothing.
    const decision = await manager.getRepository(DecisionRecordEntity).findOne({
      where: { partnershipId: id },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const dueDates = await manager
      .getRepository(PartnershipDueDateEntity)
      .find({ where: { partnershipId: id }, order: { dueOn: 'ASC', kind: 'ASC' } });
    const timeline = await this.partnerships.timeline(id, principal, manager);
    const signOff = await this.lastSignOff(manager, id);
    const signatures = signOff?.signatures ?? [];
    const facts: NextActionFacts = {
      calledIn: decision?.status === 'called_in',
      callInDeadline: decision?.callInDeadline ?? null,
      signOffOpenedOn: signOff?.openedOn ?? null,
      signOffReminderWorkingDays: await this.reminderWorkingDays(manager, partnership),
      awaitingSignatureFrom: [partnership.leadCouncilCode, partnership.supportedCouncilCode].filter(
        (code) => !signatures.some((signature) => signature.councilCode === code),
      ),
      nextDueOn:
        dueDates.find((due) => OPEN_DUE_DATES.has(due.status) && (partnership.stage !== 'under_review' || due.kind === 'periodic_review'))
          ?.dueOn ?? null,
      handBackUntil: partnership.stage === 'exiting' ? await this.handBackUntil(id) : null,
      capacityCheckFailure: partnership.stage === 'capacity_check' ? await this.capacityCheckFailure(manager, id) : null,
    };
    const nextAction = isTerminalStage(partnership.stage) ? null : nextActionFor(partnership.stage, facts, CALENDAR);
    return {
      ...PartnershipResponse.from(partnership),
      nextAction: nextAction && { ...nextAction, by: [...nextAction.by], dueBy: nextAction.dueBy ?? null },
      decision: decision && DecisionRecordResponse.from(decision, DecisionRecordsService.mayReadExempt(principal, decision)),
      signatures,
      dueDates: dueDates.map(({ kind, dueOn, remindOn, label, status }) => ({ kind, dueOn, remindOn, label, status })),
      timeline: timeline.map(AuditEventResponse.from),
    };
  }

  /** What the capacity check now open found, when it failed; null while it runs or when it passed. */
  private async capacityCheckFailure(manager: EntityManager, id: string): Promise<string | null> {
    const opened = await this.latestEntryInto(manager, id, 'capacity_check');
    const check =
      opened && (await manager.getRepository(PartnershipCapacityCheckEntity).findOneBy({ partnershipId: id, checkRound: opened.sequence }));
    if (check?.outcome !== 'fail') return null;
    return describeCapacityFinding({
      outcome: check.outcome,
      tightest:
        check.tightestTeamId && check.tightestTeamName && check.tightestOn && check.tightestHeadroomFte !== null
          ? {
              teamId: check.tightestTeamId,
              teamName: check.tightestTeamName,
              on: check.tightestOn,
              headroom: toMilliFte(check.tightestHeadroomFte),
              firstBelowFloorOn: check.tightestBelowFloorFrom,
            }
          : null,
      teamsBelowFloor: check.teamsBelowFloor,
    });
  }

  /** When sign-off last opened, and the signatures given in that round, from their records. */
  private async lastSignOff(manager: EntityManager, id: string): Promise<{ openedOn: string; signatures: SignatureResponse[] } | null> {
    const opened = await this.latestEntryInto(manager, id, 'sign_off');
    if (!opened) return null;
    const signed = await manager.getRepository(PartnershipSignatureEntity).find({
      where: { partnershipId: id, signOffRound: opened.sequence },
      order: { signedAt: 'ASC', councilCode: 'ASC' },
    });
    return {
      openedOn: dateOfInstant(opened.recordedAt.getTime()),
      signatures: signed.map((signature) => ({
        councilCode: signature.councilCode,
        signedBy: signature.signedByName,
        signedAt: signature.signedAt.toISOString(),
      })),
    };
  }

  private latestEntryInto(manager: EntityManager, id: string, stage: PartnershipStage): Promise<PartnershipStageChangeEntity | null> {
    return manager.getRepository(PartnershipStageChangeEntity).findOne({
      where: { partnershipId: id, toStage: stage },
      order: { sequence: 'DESC' },
    });
  }

  private async reminderWorkingDays(manager: EntityManager, partnership: PartnershipEntity): Promise<number | undefined> {
    if (partnership.stage !== 'sign_off') return undefined;
    const settings = await manager.getRepository(GovernanceSettingsEntity).findOneBy({ councilCode: partnership.leadCouncilCode });
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
