import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { recordAuditEvent } from '#audit';
import { AccordError, staleVersion } from '#domain';
import { InterventionEntity, updateIfVersion } from '#persistence';
import type { RequestActor } from '../auth/current-principal.decorator.js';
import { violatedConstraint } from '../common/unique-violation.js';
import type { CreateInterventionDto, ListInterventionsQuery, UpdateInterventionDto } from './intervention.dto.js';

/** DfE interventions, recorded by commissioners. */
@Injectable()
export class InterventionsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListInterventionsQuery): Promise<{ items: InterventionEntity[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(InterventionEntity).findAndCount({
      where: {
        ...(query.supportedCouncilCode ? { supportedCouncilCode: query.supportedCouncilCode } : {}),
        ...(query.active === 'true' ? { directionLiftedOn: IsNull() } : {}),
      },
      order: { triggerJudgementDate: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  async get(id: string): Promise<InterventionEntity> {
    const intervention = await this.dataSource.getRepository(InterventionEntity).findOneBy({ id });
    if (!intervention) throw new AccordError('intervention_not_found', `no intervention has id ${id}`);
    return intervention;
  }

  async create(dto: CreateInterventionDto, actor: RequestActor): Promise<InterventionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager
        .getRepository(InterventionEntity)
        .save({ ...dto })
        .catch((error: unknown) => {
          throw toReferenceError(error) ?? error;
        });
      const councils = [dto.supportedCouncilCode, ...(dto.improvementAdviserCouncilCode ? [dto.improvementAdviserCouncilCode] : [])];
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'intervention.created',
        targetType: 'intervention',
        targetId: saved.id,
        targetCouncilCodes: councils,
        after: dto,
      });
      return manager.getRepository(InterventionEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async update(id: string, dto: UpdateInterventionDto, actor: RequestActor): Promise<InterventionEntity> {
    const before = await this.get(id);
    return this.dataSource.transaction(async (manager) => {
      const { version, ...changes } = dto;
      const outcome = await updateIfVersion(manager, InterventionEntity, { id }, version, changes).catch((error: unknown) => {
        throw toReferenceError(error) ?? error;
      });
      if (outcome.kind === 'stale') throw staleVersion(outcome.currentVersion, version);
      if (outcome.kind === 'missing') throw new AccordError('intervention_not_found', `no intervention has id ${id}`);
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'intervention.updated',
        targetType: 'intervention',
        targetId: id,
        targetCouncilCodes: [before.supportedCouncilCode],
        before,
        after: outcome.row,
      });
      return outcome.row;
    });
  }
}

function toReferenceError(error: unknown): AccordError | undefined {
  const constraint = violatedConstraint(error) ?? (error as { driverError?: { constraint?: string } }).driverError?.constraint;
  if (!constraint) return undefined;
  if (constraint.includes('council')) return new AccordError('unknown_reference', 'a council named here does not exist');
  if (constraint === 'intervention_adviser_not_supported')
    return new AccordError('unknown_reference', 'the adviser cannot be the supported council');
  if (constraint === 'intervention_direction_after_trigger')
    return new AccordError('invalid_period', 'the direction cannot precede the judgement');
  return undefined;
}
