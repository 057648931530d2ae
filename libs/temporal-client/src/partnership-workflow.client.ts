import { Inject, Injectable } from '@nestjs/common';
import {
  ApplicationFailure,
  Client,
  WithStartWorkflowOperation,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { PartnershipStage } from '#domain';
import {
  currentStage,
  partnershipWorkflowId,
  secondmentsChanged,
  StageActionRefusal,
  workflowState,
  type PartnershipWorkflowState,
  type StageActionRefusalType,
  type StageActionInput,
  type StageActionResult,
  LEAD_COUNCIL_ATTRIBUTE,
  PARTNERSHIP_STAGE_ATTRIBUTE,
  SUPPORTED_COUNCIL_ATTRIBUTE,
} from '#workflows';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { TEMPORAL_CLIENT } from './temporal-client.tokens.js';
import { isTemporalUnreachable } from './temporal-unreachable.js';

/** The councils of a partnership, set as search attributes when its workflow starts. */
export interface PartnershipCouncils {
  leadCouncilCode: string;
  supportedCouncilCode: string;
}

/** An action the workflow refused, with the failure type the workflow gave. */
export class StageActionRefusedError extends Error {
  constructor(
    readonly refusal: StageActionRefusalType,
    message: string,
  ) {
    super(message);
  }
}

/** No worker answered the action in time; nothing is known to have changed. */
export class WorkflowUnavailableError extends Error {}

/** Starts partnership workflows and sends them human actions as Updates. */
@Injectable()
export class PartnershipWorkflowClient {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration,
  ) {}

  /** Starts the partnership's workflow; a second call finds the running one. */
  async start(partnershipId: string, councils: PartnershipCouncils): Promise<string> {
    const handle = await this.client.workflow.start('partnershipWorkflow', {
      ...this.startOptions(partnershipId, councils),
      args: [{ partnershipId }],
    });
    return handle.workflowId;
  }

  /**
   * Sends an action. Update-with-start means a partnership whose workflow start was lost
   * (Temporal down at creation) gets its workflow now instead of being stranded.
   */
  async act<Input extends StageActionInput>(
    partnershipId: string,
    councils: PartnershipCouncils,
    update: UpdateDefinition<StageActionResult, [Input]>,
    input: Input,
    updateId?: string,
  ): Promise<StageActionResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation('partnershipWorkflow', {
      ...this.startOptions(partnershipId, councils),
      args: [{ partnershipId }],
    });
    try {
      return await this.client.workflow.executeUpdateWithStart(update, { args: [input], updateId, startWorkflowOperation });
    } catch (error) {
      throw translateUpdateError(error);
    }
  }

  async stage(partnershipId: string): Promise<PartnershipStage> {
    return this.client.workflow.getHandle(partnershipWorkflowId(partnershipId)).query(currentStage);
  }

  /** What the workflow knows beyond the mirror (the hand-back date, the signatures so far). */
  async state(partnershipId: string): Promise<PartnershipWorkflowState> {
    return this.client.workflow.getHandle(partnershipWorkflowId(partnershipId)).query(workflowState);
  }

  /** Tells the partnership's workflow that its secondments changed, so an active one starts them on their dates. */
  async secondmentsChanged(partnershipId: string): Promise<void> {
    await this.client.workflow.getHandle(partnershipWorkflowId(partnershipId)).signal(secondmentsChanged);
  }

  private startOptions(partnershipId: string, councils: PartnershipCouncils) {
    return {
      taskQueue: this.config.temporal.taskQueue,
      workflowId: partnershipWorkflowId(partnershipId),
      workflowIdConflictPolicy: 'USE_EXISTING' as const,
      workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
      // A workflow always starts in draft (an action on a draft whose start was lost starts it then).
      typedSearchAttributes: [
        { key: PARTNERSHIP_STAGE_ATTRIBUTE, value: 'draft' },
        { key: LEAD_COUNCIL_ATTRIBUTE, value: councils.leadCouncilCode },
        { key: SUPPORTED_COUNCIL_ATTRIBUTE, value: councils.supportedCouncilCode },
      ],
    };
  }
}

function translateUpdateError(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    const refusal = Object.values(StageActionRefusal).find((type) => type === failure.type);
    if (refusal) return new StageActionRefusedError(refusal, failure.message);
  }
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new WorkflowUnavailableError('the partnership workflow did not answer in time; try again');
  }
  if (isTemporalUnreachable(error)) return new WorkflowUnavailableError('the workflow service cannot be reached just now; try again');
  return error;
}
