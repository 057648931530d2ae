import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAuditEvent } from '#audit';
import { AccordError, CROSS_COUNCIL_ROLES, requireCouncil, requireVisible, type Principal, staleVersion } from '#domain';
import { CouncilEntity, TeamEntity, updateIfVersion } from '#persistence';
import type { RequestActor } from '../auth/current-principal.decorator.js';
import { violatedConstraint } from '../common/unique-violation.js';
import type { CreateTeamDto, ListTeamsQuery, UpdateTeamDto } from './dto/team.dto.js';

@Injectable()
export class TeamsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListTeamsQuery, principal: Principal): Promise<{ items: TeamEntity[]; total: number }> {
    const councilCode = query.councilCode ?? (CROSS_COUNCIL_ROLES.has(principal.role) ? undefined : (principal.councilCode ?? undefined));
    if (councilCode) requireCouncil(principal, councilCode, 'the list of teams');
    const [items, total] = await this.dataSource.getRepository(TeamEntity).findAndCount({
      where: { ...(councilCode ? { councilCode } : {}), ...(query.service ? { service: query.service } : {}) },
      order: { councilCode: 'ASC', name: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  async get(id: string, principal: Principal): Promise<TeamEntity> {
    const team = await this.dataSource.getRepository(TeamEntity).findOneBy({ id });
    const notFound = new AccordError('team_not_found', `no team has id ${id}`);
    if (!team) throw notFound;
    requireVisible(principal, [team.councilCode], notFound);
    return team;
  }

  async create(dto: CreateTeamDto, actor: RequestActor): Promise<TeamEntity> {
    requireCouncil(actor.principal, dto.councilCode, 'creating a team');
    return this.dataSource.transaction(async (manager) => {
      const council = await manager.getRepository(CouncilEntity).findOneBy({ code: dto.councilCode });
      if (!council) throw new AccordError('council_not_found', `no council has GSS code ${dto.councilCode}`);
      if (council.abolishedOn) throw new AccordError('council_abolished', `${dto.councilCode} was abolished on ${council.abolishedOn}`);
      const team = await manager
        .getRepository(TeamEntity)
        .save({
          councilCode: dto.councilCode,
          name: dto.name,
          service: dto.service ?? 'children_services',
          establishmentFte: String(dto.establishmentFte),
          retentionFloor: String(dto.retentionFloor),
        })
        .catch((error: unknown) => {
          if (violatedConstraint(error) === 'team_name_unique_in_council')
            throw new AccordError('name_taken', `${dto.councilCode} already has a team called ${dto.name}`);
          throw error;
        });
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'team.created',
        targetType: 'team',
        targetId: team.id,
        targetCouncilCodes: [team.councilCode],
        after: dto,
      });
      return manager.getRepository(TeamEntity).findOneByOrFail({ id: team.id });
    });
  }

  async update(id: string, dto: UpdateTeamDto, actor: RequestActor): Promise<TeamEntity> {
    const before = await this.get(id, actor.principal);
    return this.dataSource.transaction(async (manager) => {
      const outcome = await updateIfVersion(manager, TeamEntity, { id }, dto.version, {
        ...(dto.name === undefined ? {} : { name: dto.name }),
        ...(dto.establishmentFte === undefined ? {} : { establishmentFte: String(dto.establishmentFte) }),
        ...(dto.retentionFloor === undefined ? {} : { retentionFloor: String(dto.retentionFloor) }),
      }).catch((error: unknown) => {
        if (violatedConstraint(error) === 'team_name_unique_in_council')
          throw new AccordError('name_taken', `another team is called ${dto.name}`);
        throw error;
      });
      if (outcome.kind === 'stale') throw staleVersion(outcome.currentVersion, dto.version);
      if (outcome.kind === 'missing') throw new AccordError('team_not_found', `no team has id ${id}`);
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'team.updated',
        targetType: 'team',
        targetId: id,
        targetCouncilCodes: [before.councilCode],
        before,
        after: outcome.row,
      });
      return outcome.row;
    });
  }

  /** A team with staff cannot be deleted: its people would be lost from the capacity picture. */
  async delete(id: string, actor: RequestActor): Promise<void> {
    const team = await this.get(id, actor.principal);
    await this.dataSource.transaction(async (manager) => {
      const [{ members }] = await manager.query(`SELECT count(*)::int AS members FROM staff_member WHERE team_id = $1`, [id]);
      if (members > 0) throw new AccordError('still_referenced', `the team has ${members} staff member(s); move or remove them first`);
      await manager.delete(TeamEntity, { id });
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'team.deleted',
        targetType: 'team',
        targetId: id,
        targetCouncilCodes: [team.councilCode],
        before: team,
      });
    });
  }
}
