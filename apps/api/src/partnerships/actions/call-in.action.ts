import { Body } from '@nestjs/common';
import { callInDecision } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionResponse } from '../dto/stage-action.dto.js';
import { CallInDto } from '../dto/workflow-actions.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** Scrutiny calls the Cabinet decision in, within the call-in window and with the council’s quorum of members. */
@PartnershipActionController()
export class CallInAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('call-in', 'callInDecision', {
    summary: 'Scrutiny calls the decision in within the call-in period, named members at least the council’s quorum',
    description:
      'Calls the Cabinet decision in for scrutiny within the call-in period; the members named must reach the council’s quorum (422 otherwise). Scrutiny members of the lead council only.',
  })
  async callIn(
    @RecordIdParam('id') id: string,
    @Body() dto: CallInDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    return this.actions.act(
      id,
      callInDecision,
      { comment: dto.comment, members: dto.members },
      actor,
      ACCESS_POLICY.callInDecision,
      idempotencyKey,
    );
  }
}
