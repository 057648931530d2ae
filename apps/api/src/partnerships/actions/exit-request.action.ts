import { Body } from '@nestjs/common';
import { requestExit } from '#workflows';
import { ACCESS_POLICY } from '../../auth/access-policy.js';
import { caseRule } from '../../auth/council-relation.js';
import { Actor, type RequestActor } from '../../auth/current-principal.decorator.js';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator.js';
import { RecordIdParam } from '../../validation/path-parameters.js';
import { StageActionResponse } from '../dto/stage-action.dto.js';
import { RequestExitDto } from '../dto/workflow-actions.dto.js';
import { PartnershipAction, PartnershipActionController } from './partnership-action.decorator.js';
import { PartnershipActionsService } from './partnership-actions.service.js';

/**
 * Ends an active partnership. Notice (the default trigger) is the lead council's to give; an exit
 * on improvement or a long-term solution may be recorded by either council's chief executive or
 * by the DfE commissioner (the access policy's `notice` case of this operation).
 */
@PartnershipActionController()
export class ExitRequestAction {
  constructor(private readonly actions: PartnershipActionsService) {}

  @PartnershipAction('request-exit', 'requestPartnershipExit', {
    summary:
      'End an active partnership: on improvement or a long-term solution (either council or the commissioner), or on notice from the ' +
      'lead council with an optional hand-back period; secondments then end and capacity returns',
    description: [
      'What each trigger changes besides the partnership:',
      '',
      '- `improved` changes **more than the partnership**: the `reinspection` is required (422 without it). The re-inspection’s ' +
        'judgement becomes the supported council’s Ofsted judgement (`GET /api/v1/councils/{code}` shows it, no longer illustrative; ' +
        'a later judgement already on record is kept), and the statutory direction of the intervention linked to the partnership ' +
        'is recorded as lifted on `directionLiftedOn` (`GET /api/v1/interventions/{id}`). The judgement must be requires ' +
        'improvement or better, and both dates must have passed. The timeline shows each change as its own event ' +
        '(`partnership.supported_council_rejudged`, `partnership.direction_lifted`) with what it replaced.',
      '- `long_term_solution` ends the partnership only.',
      '- `notice` (the default; the lead council’s chief executive only) may carry `handBackUntil`: the partnership stays ' +
        '`exiting` and its secondments run until that day.',
      '',
      'In every case the secondments under way end (on the hand-back’s last day, or today), those not started are cancelled, and ' +
        'the partnership completes.',
    ].join('\n'),
  })
  async requestExit(
    @RecordIdParam('id') id: string,
    @Body() dto: RequestExitDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    const trigger = dto.trigger ?? 'notice';
    const refusal = 'notice to end a partnership is given by the lead council';
    const rule = caseRule(ACCESS_POLICY.requestPartnershipExit, trigger, actor.principal, refusal);
    const { reason, comment, handBackUntil, reinspection } = dto;
    const input = { reason, comment: comment ?? reason, trigger, handBackUntil, reinspection };
    return this.actions.act(id, requestExit, input, actor, rule, idempotencyKey);
  }
}
