import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccordError, CROSS_COUNCIL_ROLES, requireCouncil, requireVisible, type Principal } from '#domain';
import { SecondmentEntity } from '#persistence';
import { PartnershipWorkflowClient } from '#temporal-client';
import type { ListSecondmentsQuery } from './secondment.dto.js';

/** Reads of secondments, limited to the lending council's people (booking lives in libs/capacity). */
@Injectable()
export class SecondmentsService {
  private readonly logger = new Logger(SecondmentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly workflows: PartnershipWorkflowClient,
  ) {}

  /**
   * Tells an active partnership's workflow that a secondment was approved or started, so it
   * starts and ends it on its dates. Best effort: the change is saved either way, and the
   * workflow also looks again whenever it next wakes.
   */
  async notifyPartnership(secondment: SecondmentEntity): Promise<SecondmentEntity> {
    try {
      await this.workflows.secondmentsChanged(secondment.partnershipId);
    } catch (error) {
      this.logger.warn(`secondment ${secondment.id} saved; its partnership's workflow was not told: ${(error as Error).message}`);
    }
    return secondment;
  }

  async list(query: ListSecondmentsQuery, principal: Principal): Promise<{ items: SecondmentEntity[]; total: number }> {
    const councilCode = query.councilCode ?? (CROSS_COUNCIL_ROLES.has(principal.role) ? undefined : (principal.councilCode ?? undefined));
    if (councilCode) requireCouncil(principal, councilCode, 'the secondments of this council');
    const builder = this.dataSource
      .getRepository(SecondmentEntity)
      .createQueryBuilder('secondment')
      .innerJoin('staff_member', 'staff', 'staff.id = secondment.staff_member_id')
      .innerJoin('team', 'team', 'team.id = staff.team_id');
    if (councilCode) builder.andWhere('team.council_code = :councilCode', { councilCode });
    if (query.staffMemberId) builder.andWhere('secondment.staff_member_id = :staff', { staff: query.staffMemberId });
    if (query.partnershipId) builder.andWhere('secondment.partnership_id = :partnership', { partnership: query.partnershipId });
    if (query.status) builder.andWhere('secondment.status = :status', { status: query.status });
    const [items, total] = await builder
      .orderBy('secondment.start_date', 'ASC')
      .addOrderBy('secondment.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items, total };
  }

  async get(id: string, principal: Principal): Promise<SecondmentEntity> {
    const [row] = (await this.dataSource.query(
      `SELECT t.council_code FROM secondment s JOIN staff_member m ON m.id = s.staff_member_id JOIN team t ON t.id = m.team_id WHERE s.id = $1`,
      [id],
    )) as { council_code: string }[];
    const notFound = new AccordError('secondment_not_found', `no secondment has id ${id}`);
    if (!row) throw notFound;
    requireVisible(principal, [row.council_code], notFound);
    return this.dataSource.getRepository(SecondmentEntity).findOneByOrFail({ id });
  }
}
