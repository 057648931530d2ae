import { Body } from '@nestjs/common';
import { recordCabinetDecision } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionResponse } from '../dto/stage-action.dto.js';
import { CabinetDecisionDto } from '../dto/workflow-actions.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** Democratic services record the Cabinet decision; the workflow opens the call-in window, or sign-off. */
@PartnershipActionController()
export class CabinetDecisionAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('cabinet-decision', 'recordCabinetDecision', {
    summary: 'Democratic services record the Cabinet decision: on to the call-in window, or sign-off when not subject to call-in',
    description:
      'Records the Cabinet decision on the partnership as a decision record: a decision subject to call-in waits out the call-in period, otherwise it goes on to sign-off. Democratic services of the lead council only.',
  })
  async cabinetDecision(
    @RecordIdParam('id') id: string,
    @Body() dto: CabinetDecisionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    return this.actions.act(
      id,
      recordCabinetDecision,
      { decision: { ...dto } },
      actor,
      ACCESS_POLICY.recordCabinetDecision,
      idempotencyKey,
    );
  }
}
