import { Body } from '@nestjs/common';
import { signPartnership } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionDto, StageActionResponse } from '../dto/stage-action.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** Either council's chief executive signs, for their own council; the second signature makes the partnership active. */
@PartnershipActionController()
export class SignAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('sign', 'signPartnership', {
    summary: 'A chief executive signs for their own council; when both have signed, the partnership is active',
    description:
      'Signs the partnership agreement for the caller’s own council; once both councils have signed, the partnership is active. Chief executives of either council only.',
  })
  async sign(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    // The signature is the signer's council's: the workflow records whose it is.
    const councilCode = actor.principal.councilCode ?? '';
    const input = { councilCode, comment: dto.comment };
    return this.actions.act(id, signPartnership, input, actor, ACCESS_POLICY.signPartnership, idempotencyKey);
  }
}
