import { Body } from '@nestjs/common';
import { recordScrutinyOutcome } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionResponse } from '../dto/stage-action.dto.js';
import { ScrutinyOutcomeDto } from '../dto/workflow-actions.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** Scrutiny releases a called-in decision, or refers it back to Cabinet. */
@PartnershipActionController()
export class ScrutinyOutcomeAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('scrutiny-outcome', 'recordScrutinyOutcome', {
    summary: 'Scrutiny releases the called-in decision, or refers it back to Cabinet',
    description:
      'Records the scrutiny committee’s outcome on a called-in decision: released, so it takes effect, or referred back to Cabinet. Scrutiny members of the lead council only.',
  })
  async scrutinyOutcome(
    @RecordIdParam('id') id: string,
    @Body() dto: ScrutinyOutcomeDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    return this.actions.act(
      id,
      recordScrutinyOutcome,
      { outcome: dto.outcome, comment: dto.comment },
      actor,
      ACCESS_POLICY.recordScrutinyOutcome,
      idempotencyKey,
    );
  }
}
