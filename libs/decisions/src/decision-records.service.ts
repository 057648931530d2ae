import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAuditEvent, type AuditActor } from '#audit';
import {
  AccordError,
  callInDeadline,
  englandAndWalesCalendar,
  earliestImplementationDate,
  forwardPlanNoticeSatisfied,
  requireCouncil,
  requireVisible,
  type Principal,
  staleVersion,
} from '#domain';
import { recordDomainEvent } from '#events';
import { DecisionRecordEntity, GovernanceSettingsEntity, PartnershipEntity, updateIfVersion } from '#persistence';
import type { DecisionRecordFilter, NewDecisionRecord } from './decision-record.types.js';

/** Who records: a person through the API (checked against the council), or a workflow step (principal null). */
export interface Recording {
  principal: Principal | null;
  audit: AuditActor;
}

const CALENDAR = englandAndWalesCalendar();

/** Decision records: democratic services record their own council's decisions. */
@Injectable()
export class DecisionRecordsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Only the deciding council's own people read exempt (Schedule 12A) text. */
  static mayReadExempt(principal: Principal, record: DecisionRecordEntity): boolean {
    return principal.councilCode === record.councilCode;
  }

  async list(query: DecisionRecordFilter): Promise<{ items: DecisionRecordEntity[]; total: number }> {
    const builder = this.dataSource.getRepository(DecisionRecordEntity).createQueryBuilder('record');
    if (query.councilCode) builder.andWhere('record.council_code = :council', { council: query.councilCode });
    if (query.partnershipId) builder.andWhere('record.partnership_id = :partnership', { partnership: query.partnershipId });
    if (query.status) builder.andWhere('record.status = :status', { status: query.status });
    if (query.decidedFrom) builder.andWhere('record.decision_date >= :from', { from: query.decidedFrom });
    if (query.decidedTo) builder.andWhere('record.decision_date <= :to', { to: query.decidedTo });
    const [items, total] = await builder
      .orderBy('record.decision_date', 'DESC')
      .addOrderBy('record.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items, total };
  }

  /** A council's decisions published by the given day, newest publication first (for its public feed). */
  async publishedBy(councilCode: string, onOrBefore: string, limit: number): Promise<DecisionRecordEntity[]> {
    return this.dataSource
      .getRepository(DecisionRecordEntity)
      .createQueryBuilder('record')
      .where('record.council_code = :councilCode', { councilCode })
      .andWhere('record.publication_date <= :onOrBefore', { onOrBefore })
      .orderBy('record.publication_date', 'DESC')
      .addOrderBy('record.created_at', 'DESC')
      .addOrderBy('record.id', 'ASC')
      .take(limit)
      .getMany();
  }

  async get(id: string): Promise<DecisionRecordEntity> {
    const record = await this.dataSource.getRepository(DecisionRecordEntity).findOneBy({ id });
    if (!record) throw new AccordError('decision_record_not_found', `no decision record has id ${id}`);
    return record;
  }

  /** With an `originKey` (a workflow step), a retry returns the record the first attempt made. */
  async create(dto: NewDecisionRecord, actor: Recording, originKey?: string): Promise<DecisionRecordEntity> {
    if (actor.principal) requireCouncil(actor.principal, dto.councilCode, 'recording a decision');
    if (originKey) {
      const earlier = await this.dataSource.getRepository(DecisionRecordEntity).findOneBy({ originKey });
      if (earlier) return earlier;
    }
    if (dto.isKeyDecision) this.requireForwardPlanNotice(dto);
    return this.dataSource.transaction(async (manager) => {
      await this.requirePartnershipOfCouncil(manager, dto, actor.principal);
      const settings = await manager.getRepository(GovernanceSettingsEntity).findOneBy({ councilCode: dto.councilCode });
      if (!settings) throw new AccordError('unknown_reference', `no council has GSS code ${dto.councilCode}`);
      const period = settings.callInPeriodWorkingDays;
      const record = await manager.getRepository(DecisionRecordEntity).save({
        ...dto,
        partnershipId: dto.partnershipId ?? null,
        wardsAffected: dto.wardsAffected ?? [],
        concerns: dto.concerns ?? [],
        originKey: originKey ?? null,
        ...callInDatesOf(dto, period),
      });
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'decision_record.created',
        targetType: 'decision_record',
        targetId: record.id,
        targetCouncilCodes: [dto.councilCode],
        // Exempt text stays out of the audit trail, which more people may read.
        after: { ...dto, exemptInformation: dto.exemptInformation === undefined ? undefined : '[exempt]' },
      });
      const saved = await manager.getRepository(DecisionRecordEntity).findOneByOrFail({ id: record.id });
      await recordDomainEvent(manager, {
        type: 'decision.recorded',
        councilCodes: await decisionCouncils(manager, saved),
        subject: { type: 'decision_record', id: saved.id },
        data: decisionEventData(saved),
      });
      return saved;
    });
  }

  async update(
    id: string,
    dto: { version: number; status: DecisionRecordEntity['status'] },
    actor: Recording,
  ): Promise<DecisionRecordEntity> {
    const before = await this.get(id);
    if (actor.principal) requireCouncil(actor.principal, before.councilCode, 'changing a decision record');
    return this.dataSource.transaction(async (manager) => {
      const outcome = await updateIfVersion(manager, DecisionRecordEntity, { id }, dto.version, { status: dto.status });
      if (outcome.kind === 'stale') throw staleVersion(outcome.currentVersion, dto.version);
      if (outcome.kind === 'missing') throw new AccordError('decision_record_not_found', `no decision record has id ${id}`);
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'decision_record.status_changed',
        targetType: 'decision_record',
        targetId: id,
        targetCouncilCodes: [before.councilCode],
        before: { status: before.status },
        after: { status: dto.status },
      });
      await recordDomainEvent(manager, {
        type: 'decision.status_changed',
        councilCodes: await decisionCouncils(manager, outcome.row),
        subject: { type: 'decision_record', id },
        data: { decisionRecordId: id, partnershipId: outcome.row.partnershipId, from: before.status, to: dto.status },
      });
      return outcome.row;
    });
  }

  private requireForwardPlanNotice(dto: NewDecisionRecord): void {
    const meetingDate = dto.meetingDate ?? dto.decisionDate;
    const notice = forwardPlanNoticeSatisfied({
      firstPublishedOnForwardPlan: dto.forwardPlanFirstPublished,
      meetingDate,
      urgency: dto.urgencyRoute,
    });
    if (!notice.satisfied) {
      throw new AccordError(
        'forward_plan_notice_too_short',
        notice.clearDays === null
          ? 'a key decision needs the date it was first published on the forward plan, or an urgency route'
          : `the forward plan gave ${notice.clearDays} clear days before ${meetingDate}; ${notice.required} are required`,
      );
    }
  }

  /** A partnership the recorder may not see is refused as one that does not exist. */
  private async requirePartnershipOfCouncil(manager: EntityManager, dto: NewDecisionRecord, principal: Principal | null): Promise<void> {
    if (!dto.partnershipId) return;
    const partnership = await manager.getRepository(PartnershipEntity).findOneBy({ id: dto.partnershipId });
    const unknown = new AccordError('unknown_reference', `no partnership has id ${dto.partnershipId}`);
    if (!partnership) throw unknown;
    if (principal) requireVisible(principal, [partnership.leadCouncilCode, partnership.supportedCouncilCode], unknown);
    if (![partnership.leadCouncilCode, partnership.supportedCouncilCode].includes(dto.councilCode)) {
      throw new AccordError('forbidden_for_council', 'the deciding council is not a party to this partnership');
    }
  }
}

/** The statutory call-in deadline needs every bank holiday of its year: a year not yet published is refused, not guessed. */
function callInDatesOf(dto: NewDecisionRecord, period: number): { callInDeadline: string | null; effectiveFrom: string } {
  if (!dto.subjectToCallIn) return { callInDeadline: null, effectiveFrom: dto.decisionDate };
  try {
    return {
      callInDeadline: callInDeadline(dto.publicationDate, period, CALENDAR),
      effectiveFrom: earliestImplementationDate(dto.publicationDate, period, CALENDAR),
    };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new AccordError(
      'holiday_calendar_not_covered',
      `the call-in deadline cannot be counted in working days: ${error.message}; add that year's bank holidays first`,
    );
  }
}

/** The deciding council, and the other party when the decision is about a partnership. */
export async function decisionCouncils(manager: EntityManager, record: Pick<DecisionRecordEntity, 'councilCode' | 'partnershipId'>) {
  if (!record.partnershipId) return [record.councilCode];
  const partnership = await manager.getRepository(PartnershipEntity).findOneBy({ id: record.partnershipId });
  return [record.councilCode, ...(partnership ? [partnership.leadCouncilCode, partnership.supportedCouncilCode] : [])];
}

/** What integrators act on: the dates that govern implementation, never the exempt text. */
function decisionEventData(record: DecisionRecordEntity): Record<string, unknown> {
  return {
    decisionRecordId: record.id,
    councilCode: record.councilCode,
    partnershipId: record.partnershipId,
    title: record.title,
    decisionMaker: record.decisionMaker,
    status: record.status,
    isKeyDecision: record.isKeyDecision,
    subjectToCallIn: record.subjectToCallIn,
    decisionDate: record.decisionDate,
    publicationDate: record.publicationDate,
    callInDeadline: record.callInDeadline,
    effectiveFrom: record.effectiveFrom,
  };
}
