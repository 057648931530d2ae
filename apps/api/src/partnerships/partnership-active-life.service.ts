import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { recordReview, requestExit, type StageActionResult } from '#workflows';
import { ACCESS_POLICY, type AccessRule } from '../auth/access-policy.js';
import { caseRule } from '../auth/council-relation.js';
import type { RequestActor } from '../auth/current-principal.decorator.js';
import type { CreateReviewDto } from '../partnership-records/review.dto.js';
import type { RequestExitDto } from './dto/workflow-actions.dto.js';
import { PartnershipsService, uuidFrom } from './partnerships.service.js';

/** Actions on an active partnership: its reviews, and the requests that end it. */
@Injectable()
export class PartnershipActiveLifeService {
  constructor(private readonly partnerships: PartnershipsService) {}

  /**
   * Either council, or the commissioner, records a review through the workflow: a review that was
   * due makes the partnership active again. The review's id is chosen here (from the idempotency
   * key when there is one) so the caller gets it back.
   */
  async recordReview(
    id: string,
    dto: CreateReviewDto,
    actor: RequestActor,
    rule: Pick<AccessRule, 'council'>,
    idempotencyKey?: string,
  ): Promise<StageActionResult & { reviewId: string }> {
    const reviewId = idempotencyKey ? uuidFrom(`${actor.principal.id}:${idempotencyKey}:review`) : randomUUID();
    const result = await this.partnerships.act(id, recordReview, { review: { ...dto, reviewId } }, actor, rule, idempotencyKey);
    return { ...result, reviewId };
  }

  /**
   * Notice is the lead council's to give. An exit on improvement or a long-term solution may be
   * recorded by either council's chief executive or by the DfE commissioner.
   */
  async requestExit(id: string, dto: RequestExitDto, actor: RequestActor, idempotencyKey?: string): Promise<StageActionResult> {
    const trigger = dto.trigger ?? 'notice';
    const refusal = 'notice to end a partnership is given by the lead council';
    const rule = caseRule(ACCESS_POLICY.requestPartnershipExit, trigger, actor.principal, refusal);
    const { reason, comment, handBackUntil, reinspection } = dto;
    const input = { reason, comment: comment ?? reason, trigger, handBackUntil, reinspection };
    return this.partnerships.act(id, requestExit, input, actor, rule, idempotencyKey);
  }
}
