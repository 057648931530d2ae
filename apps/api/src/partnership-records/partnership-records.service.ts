import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAuditEvent } from '#audit';
import { AccordError, staleVersion } from '#domain';
import { type PartnershipEntity, ReviewEntity, RiskEntity, updateIfVersion } from '#persistence';
import { ACCESS_POLICY, type AccessRule } from '../auth/access-policy.js';
import { requirePartnershipRelation } from '../auth/council-relation.js';
import type { RequestActor } from '../auth/current-principal.decorator.js';
import { PartnershipActionsService, recordReviewThroughWorkflow } from '../partnerships/actions/index.js';
import { PartnershipsService } from '../partnerships/partnerships.service.js';
import type { CreateReviewDto } from './review.dto.js';
import type { CreateRiskDto, UpdateRiskDto } from './risk.dto.js';

/** Risks (the lead council's) and reviews (either council's, or the commissioner's) of a partnership. */
@Injectable()
export class PartnershipRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly actions: PartnershipActionsService,
  ) {}

  async risks(partnershipId: string, actor: RequestActor): Promise<RiskEntity[]> {
    await this.partnerships.get(partnershipId, actor.principal);
    return this.dataSource.getRepository(RiskEntity).find({ where: { partnershipId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** One risk of the register, to whoever may read the partnership. */
  async risk(partnershipId: string, riskId: string, actor: RequestActor): Promise<RiskEntity> {
    await this.partnerships.get(partnershipId, actor.principal);
    const risk = await this.dataSource.getRepository(RiskEntity).findOneBy({ id: riskId, partnershipId });
    if (!risk) throw new AccordError('risk_not_found', `partnership ${partnershipId} has no risk ${riskId}`);
    return risk;
  }

  async addRisk(partnershipId: string, dto: CreateRiskDto, actor: RequestActor): Promise<RiskEntity> {
    const partnership = await this.registerKeeper(ACCESS_POLICY.addPartnershipRisk, partnershipId, actor);
    return this.dataSource.transaction(async (manager) => {
      const risk = await manager.getRepository(RiskEntity).save({ partnershipId, ...dto });
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'risk.recorded',
        targetType: 'partnership',
        targetId: partnershipId,
        targetCouncilCodes: [partnership.leadCouncilCode, partnership.supportedCouncilCode],
        after: { riskId: risk.id, ...dto },
      });
      return manager.getRepository(RiskEntity).findOneByOrFail({ id: risk.id });
    });
  }

  async updateRisk(partnershipId: string, riskId: string, dto: UpdateRiskDto, actor: RequestActor): Promise<RiskEntity> {
    const partnership = await this.registerKeeper(ACCESS_POLICY.updatePartnershipRisk, partnershipId, actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(RiskEntity).findOneBy({ id: riskId, partnershipId });
      if (!before) throw new AccordError('risk_not_found', `partnership ${partnershipId} has no risk ${riskId}`);
      const { version, ...changes } = dto;
      const outcome = await updateIfVersion(manager, RiskEntity, { id: riskId }, version, changes);
      if (outcome.kind === 'stale') throw staleVersion(outcome.currentVersion, version);
      if (outcome.kind === 'missing') throw new AccordError('risk_not_found', `partnership ${partnershipId} has no risk ${riskId}`);
      await recordAuditEvent(manager, {
        actor: actor.audit,
        action: 'risk.updated',
        targetType: 'partnership',
        targetId: partnershipId,
        targetCouncilCodes: [partnership.leadCouncilCode, partnership.supportedCouncilCode],
        before,
        after: outcome.row,
      });
      return outcome.row;
    });
  }

  async reviews(partnershipId: string, actor: RequestActor): Promise<ReviewEntity[]> {
    await this.partnerships.get(partnershipId, actor.principal);
    return this.dataSource.getRepository(ReviewEntity).find({ where: { partnershipId }, order: { reviewDate: 'ASC', id: 'ASC' } });
  }

  /** The review resource's way in: the same workflow action as record-review, answered with the saved review. */
  async addReview(partnershipId: string, dto: CreateReviewDto, actor: RequestActor, idempotencyKey?: string): Promise<ReviewEntity> {
    const rule = ACCESS_POLICY.recordPartnershipReview;
    const { reviewId } = await recordReviewThroughWorkflow(this.actions, rule, partnershipId, dto, actor, idempotencyKey);
    return this.dataSource.getRepository(ReviewEntity).findOneByOrFail({ id: reviewId });
  }

  private async registerKeeper(rule: AccessRule, partnershipId: string, actor: RequestActor): Promise<PartnershipEntity> {
    const partnership = await this.partnerships.get(partnershipId, actor.principal);
    requirePartnershipRelation(rule, actor.principal, partnership, 'the lead council keeps the risk register of its partnership');
    return partnership;
  }
}
