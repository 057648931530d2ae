import { Body } from '@nestjs/common';
import { sendBackPartnership } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionDto, StageActionResponse } from '../dto/stage-action.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** Officer review, or a failed capacity check, sends the partnership back to draft with comments. */
@PartnershipActionController()
export class SendBackAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('send-back', 'sendBackPartnership', {
    summary: 'Send back to draft with comments (officer review, or a failed capacity check)',
    description:
      'Sends the partnership back to draft with comments, from officer review or after a failed capacity check. Directors, chief executives and admins of the lead council.',
  })
  async sendBack(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    return this.actions.act(id, sendBackPartnership, { comment: dto.comment }, actor, ACCESS_POLICY.sendBackPartnership, idempotencyKey);
  }
}
