import { Body } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { recordReview } from '#workflows';
import { ACCESS_POLICY, type AccessRule } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { uuidFrom } from '../../common/uuid-from.js';
import { CreateReviewDto } from '../../partnership-records/review.dto.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { RecordedReviewResponse } from '../dto/stage-action.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** Either council, or the commissioner, records a review of an active partnership: one that was due makes it active again. */
@PartnershipActionController()
export class ReviewAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction(
    'record-review',
    'recordReviewAction',
    {
      summary: 'Record a periodic or commissioner review of an active partnership; a review that was due makes it active again',
      description:
        'Records a periodic or commissioner review of an active partnership through its workflow; a review that was due makes the partnership active again. Commissioners, chief executives, directors and admins of either council.',
    },
    RecordedReviewResponse,
  )
  async recordReview(
    @RecordIdParam('id') id: string,
    @Body() dto: CreateReviewDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<RecordedReviewResponse> {
    return recordReviewThroughWorkflow(this.actions, ACCESS_POLICY.recordReviewAction, id, dto, actor, idempotencyKey);
  }
}

/**
 * The review goes through the workflow (the review resource's POST takes this way too). Its id is
 * chosen here, from the idempotency key when there is one, so the caller gets it back.
 */
export async function recordReviewThroughWorkflow(
  actions: PartnershipActionsService,
  rule: Pick<AccessRule, 'council'>,
  id: string,
  dto: CreateReviewDto,
  actor: RequestActor,
  idempotencyKey?: string,
): Promise<RecordedReviewResponse> {
  const reviewId = idempotencyKey ? uuidFrom(`${actor.principal.id}:${idempotencyKey}:review`) : randomUUID();
  const result = await actions.act(id, recordReview, { review: { ...dto, reviewId } }, actor, rule, idempotencyKey);
  return { ...result, reviewId };
}
