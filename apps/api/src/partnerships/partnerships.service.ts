import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAuditEvent } from '#audit';
import { AccordError, actsForAnyOf, CROSS_COUNCIL_ROLES, requireVisible, staleVersion, type Principal } from '#domain';
import { AuditEventEntity, PartnershipEntity, updateIfVersion } from '#persistence';
import { PartnershipWorkflowClient } from '#temporal-client';
import { partnershipWorkflowId } from '#workflows';
import { ACCESS_POLICY } from '../auth/access-policy.js';
import { requirePartnershipRelation } from '../auth/council-relation.js';
import type { RequestActor } from '../auth/current-principal.decorator.js';
import { uuidFrom } from '../common/uuid-from.js';
import type { CreatePartnershipDto } from './dto/create-partnership.dto.js';
import type { ListPartnershipsQuery } from './dto/list-partnerships.query.js';
import type { UpdatePartnershipDto } from './dto/update-partnership.dto.js';

@Injectable()
export class PartnershipsService {
  private readonly logger = new Logger(PartnershipsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly workflows: PartnershipWorkflowClient,
  ) {}

  /**
   * Saves the partnership as a draft and starts its workflow. With an idempotency key the id
   * is derived from it, so a retry after a crash finds the first draft instead of adding one.
   * If Temporal cannot be reached the draft is kept: the first action starts the workflow.
   */
  async create(dto: CreatePartnershipDto, actor: RequestActor, idempotencyKey?: string): Promise<PartnershipEntity> {
    if (!actsForAnyOf(actor.principal, [dto.leadCouncilCode])) {
      throw new AccordError('forbidden_for_council', 'only the lead council may propose a partnership it leads');
    }
    const id = idempotencyKey ? uuidFrom(`${actor.principal.id}:${idempotencyKey}`) : randomUUID();
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.requireReferences(manager, dto);
      const repository = manager.getRepository(PartnershipEntity);
      const inserted = await repository
        .createQueryBuilder()
        .insert()
        .values({
          ...dto,
          fundingAmountPence: dto.fundingAmountPence === undefined ? undefined : String(dto.fundingAmountPence),
          id,
          stage: 'draft',
          workflowId: partnershipWorkflowId(id),
        })
        .orIgnore()
        .execute();
      const partnership = await repository.findOneByOrFail({ id });
      if ((inserted.raw as unknown[]).length > 0) {
        await recordAuditEvent(manager, {
          actor: actor.audit,
          action: 'partnership.created',
          targetType: 'partnership',
          targetId: id,
          targetCouncilCodes: [partnership.leadCouncilCode, partnership.supportedCouncilCode],
          after: { ...dto, stage: 'draft' },
          workflowId: partnership.workflowId,
        });
      }
      return partnership;
    });
    try {
      await this.workflows.start(id, saved);
    } catch (error) {
      this.logger.warn(`partnership ${id} saved; its workflow will start on the first action: ${(error as Error).message}`);
    }
    return saved;
  }

  /** Both councils must exist and still exist; a named intervention must exist. */
  private async requireReferences(manager: EntityManager, dto: CreatePartnershipDto): Promise<void> {
    const councils: { code: string; abolished_on: string | null }[] = await manager.query(
      `SELECT code, abolished_on FROM council WHERE code = ANY($1)`,
      [[dto.leadCouncilCode, dto.supportedCouncilCode]],
    );
    for (const code of [dto.leadCouncilCode, dto.supportedCouncilCode]) {
      const council = councils.find((found) => found.code === code);
      if (!council) throw new AccordError('unknown_reference', `no council has GSS code ${code}`);
      if (council.abolished_on)
        throw new AccordError('council_abolished', `${code} was abolished on ${council.abolished_on}; use its successor`);
    }
    if (dto.interventionId) {
      const found: unknown[] = await manager.query(`SELECT 1 FROM intervention WHERE id = $1`, [dto.interventionId]);
      if (found.length === 0) throw new AccordError('unknown_reference', `no intervention has id ${dto.interventionId}`);
    }
  }

  /** Edits a draft, given the version read; the period must stay valid (the database checks it too). */
  async update(id: string, dto: UpdatePartnershipDto, actor: RequestActor): Promise<PartnershipEntity> {
    const before = await this.get(id, actor.principal);
    requirePartnershipRelation(ACCESS_POLICY.updatePartnership, actor.principal, before, 'only the lead council edits its draft');
    if (before.stage !== 'draft')
      throw new AccordError('stage_action_not_allowed', `only a draft can be edited; this partnership is in ${before.stage}`);
    const start = dto.plannedStart ?? before.plannedStart;
    const end = dto.plannedEnd ?? before.plannedEnd;
    if (end < start) throw new AccordError('invalid_period', `the partnership would end (${end}) before it starts (${start})`);
    const { version, fundingAmountPence, ...fields } = dto;
    return this.dataSource.transaction(async (manager) => {
      const outcome = await updateIfVersion(manager, PartnershipEntity, { id, stage: 'draft' } as Partial<PartnershipEntity>, version, {
        ...fields,
        ...(fundingAmountPence === undefined ? {} : { fundingAmountPence: String(fundingAmountPence) }),
      });
      if (outcome.kind === 'stale') throw staleVersion(outcome.currentVersion, version);
      if (outcome.kind === 'missing') throw new AccordError('stage_action_not_allowed', 'the partnership left draft while you edited it');
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'partnership.updated',
        targetType: 'partnership',
        targetId: id,
        targetCouncilCodes: [before.leadCouncilCode, before.supportedCouncilCode],
        before,
        after: outcome.row,
      });
      return outcome.row;
    });
  }

  /** The partnership's audit trail (creation, edits, every stage change, risks, reviews), oldest first. */
  async timeline(id: string, principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<AuditEventEntity[]> {
    await this.get(id, principal, manager);
    return manager
      .getRepository(AuditEventEntity)
      .find({ where: { targetType: 'partnership', targetId: id }, order: { id: 'ASC' }, take: 1000 });
  }

  async get(id: string, principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<PartnershipEntity> {
    const partnership = await manager.getRepository(PartnershipEntity).findOneBy({ id });
    const notFound = new AccordError('partnership_not_found', `no partnership has id ${id}`);
    if (!partnership) throw notFound;
    requireVisible(principal, [partnership.leadCouncilCode, partnership.supportedCouncilCode], notFound);
    return partnership;
  }

  /** Council-bound principals see only partnerships their council leads or receives, whatever the filters ask for. */
  async list(query: ListPartnershipsQuery, principal: Principal): Promise<{ items: PartnershipEntity[]; total: number }> {
    const builder = this.dataSource.getRepository(PartnershipEntity).createQueryBuilder('partnership');
    if (!CROSS_COUNCIL_ROLES.has(principal.role)) {
      builder.andWhere('(partnership.lead_council_code = :own OR partnership.supported_council_code = :own)', {
        own: principal.councilCode,
      });
    }
    if (query.stage) builder.andWhere('partnership.stage = :stage', { stage: query.stage });
    if (query.leadCouncilCode) builder.andWhere('partnership.lead_council_code = :lead', { lead: query.leadCouncilCode });
    if (query.supportedCouncilCode) {
      builder.andWhere('partnership.supported_council_code = :supported', { supported: query.supportedCouncilCode });
    }
    const [items, total] = await builder
      .orderBy('partnership.created_at', 'DESC')
      .addOrderBy('partnership.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items, total };
  }
}
