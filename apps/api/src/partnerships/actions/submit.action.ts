import { Body } from '@nestjs/common';
import { submitPartnership } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionDto, StageActionResponse } from '../dto/stage-action.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** The lead council submits its draft: on to officer review. */
@PartnershipActionController()
export class SubmitAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('submit', 'submitPartnership', {
    summary: 'Submit a draft for officer review (lead council)',
    description:
      'Submits a draft for officer review. Chief executives, directors, admins and integrators (partnerships:write) of the lead council; 409 when it is not a draft.',
  })
  async submit(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    return this.actions.act(id, submitPartnership, { comment: dto.comment }, actor, ACCESS_POLICY.submitPartnership, idempotencyKey);
  }
}
