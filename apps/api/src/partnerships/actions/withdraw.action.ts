import { Body } from '@nestjs/common';
import { withdrawPartnership } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionDto, StageActionResponse } from '../dto/stage-action.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** Until it is active, the lead council may withdraw its partnership. */
@PartnershipActionController()
export class WithdrawAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('withdraw', 'withdrawPartnership', {
    summary: 'Withdraw a partnership that is not yet active (lead council)',
    description:
      'Withdraws a partnership that is not yet active. Chief executives, directors, admins and integrators (partnerships:write) of the lead council.',
  })
  async withdraw(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    return this.actions.act(id, withdrawPartnership, { comment: dto.comment }, actor, ACCESS_POLICY.withdrawPartnership, idempotencyKey);
  }
}
