import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { recordDomainEvent } from '#events';
import { recordAuditEvent, type AuditActor } from '#audit';
import { AccordError, staleVersion } from '#domain';
import { CouncilEntity, updateIfVersion } from '#persistence';
import type { AbolishCouncilDto } from './dto/abolish-council.dto.js';
import type { CreateCouncilDto } from './dto/create-council.dto.js';
import type { ListCouncilsQuery } from './dto/list-councils.query.js';
import type { UpdateCouncilDto } from './dto/update-council.dto.js';
import { councilColumns } from './council-columns.js';

const OPEN_STAGES_EXCLUDED = ['completed', 'rejected', 'withdrawn'];

@Injectable()
export class CouncilsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListCouncilsQuery): Promise<{ items: CouncilEntity[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(CouncilEntity).findAndCount({
      where: {
        ...(query.ofstedJudgement ? { ofstedJudgement: query.ofstedJudgement } : {}),
        ...(query.type ? { type: query.type } : {}),
        ...(query.region ? { region: query.region } : {}),
        ...(query.includeAbolished === 'true' ? {} : { abolishedOn: IsNull() }),
      },
      order: { name: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  async get(code: string): Promise<CouncilEntity> {
    const council = await this.dataSource.getRepository(CouncilEntity).findOneBy({ code });
    if (!council) throw new AccordError('council_not_found', `no council has GSS code ${code}`);
    return council;
  }

  async successorsOf(codes: string[]): Promise<Map<string, string[]>> {
    const rows: { predecessor_code: string; successor_code: string }[] = codes.length
      ? await this.dataSource.query(
          `SELECT predecessor_code, successor_code FROM council_succession WHERE predecessor_code = ANY($1) ORDER BY successor_code`,
          [codes],
        )
      : [];
    const successors = new Map<string, string[]>();
    for (const row of rows) successors.set(row.predecessor_code, [...(successors.get(row.predecessor_code) ?? []), row.successor_code]);
    return successors;
  }

  async create(dto: CreateCouncilDto, actor: AuditActor): Promise<CouncilEntity> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CouncilEntity)
        .values({ code: dto.code, name: dto.name, type: dto.type, region: dto.region, ...councilColumns(dto) })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length === 0) throw new AccordError('council_already_exists', `${dto.code} is already a council`);
      await manager.query(`INSERT INTO governance_settings (council_code) VALUES ($1)`, [dto.code]);
      await recordAuditEvent(manager, {
        actor,
        action: 'council.created',
        targetType: 'council',
        targetId: dto.code,
        targetCouncilCodes: [dto.code],
        after: dto,
      });
      return manager.getRepository(CouncilEntity).findOneByOrFail({ code: dto.code });
    });
  }

  async update(code: string, dto: UpdateCouncilDto, actor: AuditActor): Promise<CouncilEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockedCouncil(manager, code);
      const { version, name, type, region } = dto;
      const outcome = await updateIfVersion(manager, CouncilEntity, { code }, version, {
        ...(name === undefined ? {} : { name }),
        ...(type === undefined ? {} : { type }),
        ...(region === undefined ? {} : { region }),
        ...councilColumns(dto),
      });
      if (outcome.kind === 'stale') throw staleVersion(outcome.currentVersion, version);
      if (outcome.kind === 'missing') throw new AccordError('council_not_found', `no council has GSS code ${code}`);
      await recordAuditEvent(manager, {
        actor,
        action: 'council.updated',
        targetType: 'council',
        targetId: code,
        targetCouncilCodes: [code],
        before,
        after: outcome.row,
      });
      return outcome.row;
    });
  }

  /**
   * Abolishes a council (local government reorganisation): its successors are recorded and
   * its open partnerships and its teams, with their staff, pass to one successor, each move
   * in the audit trail, all in one transaction.
   */
  async abolish(
    code: string,
    dto: AbolishCouncilDto,
    actor: AuditActor,
  ): Promise<{ partnerships: number; teams: number; council: CouncilEntity }> {
    if (!dto.successorCodes.includes(dto.transferTo)) {
      throw new AccordError('still_referenced', 'transferTo must be one of the successor councils');
    }
    if (dto.successorCodes.includes(code)) throw new AccordError('still_referenced', 'a council cannot succeed itself');
    return this.dataSource.transaction(async (manager) => {
      const council = await this.lockedCouncil(manager, code);
      if (council.abolishedOn) throw new AccordError('council_abolished', `${code} was abolished on ${council.abolishedOn}`);
      const successors = await manager.getRepository(CouncilEntity).findBy({ code: In(dto.successorCodes) });
      const missing = dto.successorCodes.filter((successor) => !successors.some((found) => found.code === successor));
      if (missing.length > 0) throw new AccordError('council_not_found', `successor council(s) not found: ${missing.join(', ')}`);
      if (successors.some((successor) => successor.abolishedOn))
        throw new AccordError('council_abolished', 'a successor is itself abolished');

      await manager.update(CouncilEntity, { code }, { abolishedOn: dto.effectiveFrom });
      for (const successor of dto.successorCodes) {
        await manager.query(`INSERT INTO council_succession (predecessor_code, successor_code, effective_from) VALUES ($1, $2, $3)`, [
          code,
          successor,
          dto.effectiveFrom,
        ]);
      }
      const partnerships = await this.transferPartnerships(manager, code, dto.transferTo, actor);
      const teams = await this.transferTeams(manager, code, dto.transferTo, actor);
      await recordAuditEvent(manager, {
        actor,
        action: 'council.abolished',
        targetType: 'council',
        targetId: code,
        targetCouncilCodes: [code, ...dto.successorCodes],
        before: { abolishedOn: null },
        after: { abolishedOn: dto.effectiveFrom, successorCodes: dto.successorCodes, transferTo: dto.transferTo, partnerships, teams },
      });
      await recordDomainEvent(manager, {
        type: 'council.abolished',
        councilCodes: [code, ...dto.successorCodes],
        subject: { type: 'council', id: code },
        data: {
          councilCode: code,
          abolishedOn: dto.effectiveFrom,
          successorCodes: dto.successorCodes,
          transferTo: dto.transferTo,
          partnershipsTransferred: partnerships,
          teamsTransferred: teams,
        },
      });
      return { partnerships, teams, council: await manager.getRepository(CouncilEntity).findOneByOrFail({ code }) };
    });
  }

  private async lockedCouncil(manager: EntityManager, code: string): Promise<CouncilEntity> {
    const council = await manager.getRepository(CouncilEntity).findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
    if (!council) throw new AccordError('council_not_found', `no council has GSS code ${code}`);
    return council;
  }

  private async transferPartnerships(manager: EntityManager, from: string, to: string, actor: AuditActor): Promise<number> {
    const moved: { id: string; lead_council_code: string; supported_council_code: string }[] = await manager
      .query(
        `UPDATE partnership
         SET lead_council_code = CASE WHEN lead_council_code = $1 THEN $2 ELSE lead_council_code END,
             supported_council_code = CASE WHEN supported_council_code = $1 THEN $2 ELSE supported_council_code END,
             version = version + 1, updated_at = now()
       WHERE (lead_council_code = $1 OR supported_council_code = $1) AND stage <> ALL($3)
       RETURNING id, lead_council_code, supported_council_code`,
        [from, to, OPEN_STAGES_EXCLUDED],
      )
      .then((result: [typeof moved, number]) => result[0]);
    for (const partnership of moved) {
      await recordAuditEvent(manager, {
        actor,
        action: 'partnership.council_succeeded',
        targetType: 'partnership',
        targetId: partnership.id,
        targetCouncilCodes: [from, partnership.lead_council_code, partnership.supported_council_code],
        before: { councilCode: from },
        after: {
          councilCode: to,
          leadCouncilCode: partnership.lead_council_code,
          supportedCouncilCode: partnership.supported_council_code,
        },
      });
    }
    return moved.length;
  }

  private async transferTeams(manager: EntityManager, from: string, to: string, actor: AuditActor): Promise<number> {
    try {
      const [teams] = (await manager.query(
        `UPDATE team SET council_code = $2, version = version + 1, updated_at = now() WHERE council_code = $1 RETURNING id, name`,
        [from, to],
      )) as [{ id: string; name: string }[], number];
      for (const team of teams) {
        await recordAuditEvent(manager, {
          actor,
          action: 'team.council_succeeded',
          targetType: 'team',
          targetId: team.id,
          targetCouncilCodes: [from, to],
          before: { councilCode: from },
          after: { councilCode: to },
        });
      }
      return teams.length;
    } catch (error) {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'team_name_unique_in_council') {
        throw new AccordError('name_taken', `a team of ${from} has the same name as a team of ${to}; rename one first`);
      }
      throw error;
    }
  }
}
