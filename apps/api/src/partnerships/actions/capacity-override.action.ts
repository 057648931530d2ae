import { Body } from '@nestjs/common';
import { overrideCapacityCheck } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionResponse } from '../dto/stage-action.dto.js';
import { OverrideCapacityDto } from '../dto/workflow-actions.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/** The chief executive overrides a failed capacity check: on to Cabinet, the reason recorded. */
@PartnershipActionController()
export class CapacityOverrideAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('override-capacity', 'overrideCapacityCheck', {
    summary: 'Chief executive sends a failed capacity check on to Cabinet, with the reason recorded',
    description:
      'Sends a partnership whose capacity check failed (a team would fall below its retention floor) on to Cabinet, with the reason recorded. The lead council’s chief executive only.',
  })
  async overrideCapacity(
    @RecordIdParam('id') id: string,
    @Body() dto: OverrideCapacityDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    return this.actions.act(
      id,
      overrideCapacityCheck,
      { reason: dto.reason, comment: dto.comment },
      actor,
      ACCESS_POLICY.overrideCapacityCheck,
      idempotencyKey,
    );
  }
}
