import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { AccordError, type AccordErrorCode, isTerminalStage } from '#domain';
import { PartnershipWorkflowClient, StageActionRefusedError, WorkflowUnavailableError } from '#temporal-client';
import { StageActionRefusal, type StageActionInput, type StageActionRefusalType, type StageActionResult } from '#workflows';
import type { StageActionResponse } from '../dto/stage-action.dto.js';
import type { AccessRule } from '../../auth/access-policy.js';
import { requirePartnershipRelation } from '../../auth/council-relation.js';
import type { RequestActor } from '../../auth/current-principal.decorator.js';
import { PartnershipsService } from '../partnerships.service.js';

/** Takes a person's action to the partnership's workflow (a Temporal Update) and answers with the stage it decided. */
@Injectable()
export class PartnershipActionsService {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly workflows: PartnershipWorkflowClient,
  ) {}

  /**
   * The action's access rule says which of the partnership's councils may take it (most are the
   * lead council's). An idempotency key becomes the Update's id, so a retry is the same Update.
   * The answer names the partnership beside the stage the action left it in.
   */
  async act<Input extends StageActionInput>(
    id: string,
    update: UpdateDefinition<StageActionResult, [Input]>,
    input: Omit<Input, 'actor'>,
    actor: RequestActor,
    rule: Pick<AccessRule, 'council'>,
    idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    const partnership = await this.partnerships.get(id, actor.principal);
    requirePartnershipRelation(rule, actor.principal, partnership, 'only the lead council acts on its partnership at this stage');
    // An ended partnership's workflow is closed; the mirror says so without asking Temporal.
    if (isTerminalStage(partnership.stage)) {
      throw new AccordError('stage_action_not_allowed', `the partnership is ${partnership.stage}; nothing more can be done with it`);
    }
    try {
      const updateId = idempotencyKey ? `${actor.principal.id}:${idempotencyKey}` : undefined;
      const result = await this.workflows.act(id, partnership, update, { ...input, actor: actor.audit } as Input, updateId);
      return { partnershipId: id, ...result };
    } catch (error) {
      throw toAccordError(error);
    }
  }
}

function toAccordError(error: unknown): unknown {
  if (error instanceof StageActionRefusedError) return new AccordError(REFUSAL_CODES[error.refusal], error.message);
  if (error instanceof WorkflowUnavailableError) return new AccordError('workflow_unavailable', error.message);
  return error;
}

/** The workflow's refusal types as the API's error codes: 409 for "not now", 422 for "not like this". */
const REFUSAL_CODES: Record<StageActionRefusalType, AccordErrorCode> = {
  [StageActionRefusal.notAllowedInStage]: 'stage_action_not_allowed',
  [StageActionRefusal.alreadySigned]: 'stage_action_not_allowed',
  [StageActionRefusal.alreadyRecorded]: 'stage_action_not_allowed',
  [StageActionRefusal.stageChangeInProgress]: 'stage_change_in_progress',
  [StageActionRefusal.decisionRefused]: 'decision_refused',
  [StageActionRefusal.invalidRequest]: 'invalid_action_request',
  [StageActionRefusal.recordOutOfStep]: 'partnership_record_out_of_step',
};
