import { Body } from '@nestjs/common';
import { endorsePartnership } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionDto, StageActionResponse } from '../dto/stage-action.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** The director of children’s services endorses the submitted draft: on to the capacity check. */
@PartnershipActionController()
export class EndorseAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('endorse', 'endorsePartnership', {
    summary: 'Director of children’s services endorses: on to the capacity check',
    description:
      'The director of children’s services endorses the partnership after officer review; it goes on to the capacity check. Directors, admins and integrators (partnerships:write) of the lead council.',
  })
  async endorse(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    return this.actions.act(id, endorsePartnership, { comment: dto.comment }, actor, ACCESS_POLICY.endorsePartnership, idempotencyKey);
  }
}
