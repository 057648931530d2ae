import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAuditEvent } from '#audit';
import { holdingLoads, lockStaff } from '#capacity';
import {
  AccordError,
  CROSS_COUNCIL_ROLES,
  fromMilliFte,
  peakLoad,
  requireCouncil,
  requireVisible,
  toMilliFte,
  type Principal,
  staleVersion,
} from '#domain';
import { StaffMemberEntity, TeamEntity, updateIfVersion } from '#persistence';
import type { RequestActor } from '../auth/current-principal.decorator.js';
import type { CreateStaffMemberDto, ListStaffQuery, UpdateStaffMemberDto } from './dto/staff-member.dto.js';

@Injectable()
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListStaffQuery, principal: Principal): Promise<{ items: StaffMemberEntity[]; total: number }> {
    const councilCode = query.councilCode ?? (CROSS_COUNCIL_ROLES.has(principal.role) ? undefined : (principal.councilCode ?? undefined));
    if (councilCode) requireCouncil(principal, councilCode, 'the list of staff');
    const builder = this.dataSource
      .getRepository(StaffMemberEntity)
      .createQueryBuilder('staff')
      .innerJoin(TeamEntity, 'team', 'team.id = staff.team_id');
    if (councilCode) builder.andWhere('team.council_code = :councilCode', { councilCode });
    if (query.teamId) builder.andWhere('staff.team_id = :teamId', { teamId: query.teamId });
    if (query.role) builder.andWhere('staff.role = :role', { role: query.role });
    if (query.employedOn) {
      builder.andWhere('staff.employment_start <= :day AND (staff.employment_end IS NULL OR staff.employment_end >= :day)', {
        day: query.employedOn,
      });
    }
    const [items, total] = await builder
      .orderBy('staff.display_name', 'ASC')
      .addOrderBy('staff.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items, total };
  }

  async get(id: string, principal: Principal): Promise<{ staff: StaffMemberEntity; councilCode: string }> {
    const staff = await this.dataSource.getRepository(StaffMemberEntity).findOneBy({ id });
    const notFound = new AccordError('staff_member_not_found', `no staff member has id ${id}`);
    if (!staff) throw notFound;
    const team = await this.dataSource.getRepository(TeamEntity).findOneByOrFail({ id: staff.teamId });
    requireVisible(principal, [team.councilCode], notFound);
    return { staff, councilCode: team.councilCode };
  }

  async create(dto: CreateStaffMemberDto, actor: RequestActor): Promise<StaffMemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.teamFor(manager, dto.teamId, actor.principal);
      const staff = await manager.getRepository(StaffMemberEntity).save({
        teamId: dto.teamId,
        displayName: dto.displayName,
        role: dto.role,
        contractedFte: String(dto.contractedFte),
        employmentStart: dto.employmentStart,
        employmentEnd: dto.employmentEnd ?? null,
      });
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'staff_member.created',
        targetType: 'staff_member',
        targetId: staff.id,
        targetCouncilCodes: [team.councilCode],
        after: dto,
      });
      return manager.getRepository(StaffMemberEntity).findOneByOrFail({ id: staff.id });
    });
  }

  async update(id: string, dto: UpdateStaffMemberDto, actor: RequestActor): Promise<StaffMemberEntity> {
    const { staff: before, councilCode } = await this.get(id, actor.principal);
    return this.dataSource.transaction(async (manager) => {
      if (dto.teamId && dto.teamId !== before.teamId) {
        const target = await this.teamFor(manager, dto.teamId, actor.principal);
        if (target.councilCode !== councilCode)
          throw new AccordError('forbidden_for_council', 'staff move only between teams of the same council');
      }
      if (dto.contractedFte !== undefined) {
        // The same lock as booking: a contract cannot shrink under secondments being booked at that moment.
        await lockStaff(manager, id);
        const { peak, on } = peakLoad(await holdingLoads(manager, id), { start: '0001-01-01', end: '9999-12-31' });
        if (on !== undefined && peak > toMilliFte(dto.contractedFte)) {
          throw new AccordError(
            'secondment_exceeds_contract',
            `this person is seconded ${fromMilliFte(peak)} FTE on ${on}; end or shorten that first`,
            { on, secondedFte: fromMilliFte(peak), contractedFte: dto.contractedFte },
          );
        }
      }
      const employmentEnd = dto.employmentEnd === undefined ? before.employmentEnd : dto.employmentEnd;
      if (employmentEnd !== null && employmentEnd < before.employmentStart) {
        throw new AccordError('invalid_period', 'employmentEnd must not be before employmentStart');
      }
      const outcome = await updateIfVersion(manager, StaffMemberEntity, { id }, dto.version, {
        ...(dto.teamId === undefined ? {} : { teamId: dto.teamId }),
        ...(dto.displayName === undefined ? {} : { displayName: dto.displayName }),
        ...(dto.role === undefined ? {} : { role: dto.role }),
        ...(dto.contractedFte === undefined ? {} : { contractedFte: String(dto.contractedFte) }),
        ...(dto.employmentEnd === undefined ? {} : { employmentEnd: dto.employmentEnd }),
      });
      if (outcome.kind === 'stale') throw staleVersion(outcome.currentVersion, dto.version);
      if (outcome.kind === 'missing') throw new AccordError('staff_member_not_found', `no staff member has id ${id}`);
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'staff_member.updated',
        targetType: 'staff_member',
        targetId: id,
        targetCouncilCodes: [councilCode],
        before,
        after: outcome.row,
      });
      return outcome.row;
    });
  }

  async delete(id: string, actor: RequestActor): Promise<void> {
    const { staff, councilCode } = await this.get(id, actor.principal);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(StaffMemberEntity, { id });
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'staff_member.deleted',
        targetType: 'staff_member',
        targetId: id,
        targetCouncilCodes: [councilCode],
        before: staff,
      });
    });
  }

  private async teamFor(manager: EntityManager, teamId: string, principal: Principal): Promise<TeamEntity> {
    const team = await manager.getRepository(TeamEntity).findOneBy({ id: teamId });
    const notFound = new AccordError('team_not_found', `no team has id ${teamId}`);
    if (!team) throw notFound;
    requireVisible(principal, [team.councilCode], notFound);
    return team;
  }
}
