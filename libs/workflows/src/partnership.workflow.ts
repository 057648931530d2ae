import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { canMove, canWithdraw, isTerminalStage, type PartnershipStage } from '../../domain/src/index.js';
import {
  currentStage,
  StageActionRefusal,
  submitPartnership,
  withdrawPartnership,
  type PartnershipActivities,
  type PartnershipWorkflowInput,
  type StageActionInput,
  type StageActionResult,
} from './partnership.contract.js';

const { recordStageChange } = proxyActivities<PartnershipActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * The life of one partnership. The workflow owns the stage; the database mirror is written
 * by an activity before the workflow's own state moves, so a read of the mirror never runs
 * ahead of what the workflow has decided.
 */
export async function partnershipWorkflow(input: PartnershipWorkflowInput): Promise<StageActionResult> {
  let stage: PartnershipStage = 'draft';
  let sequence = 0;
  let moving = false;

  const refuse = (type: string, message: string): never => {
    throw ApplicationFailure.create({ type, message, nonRetryable: true });
  };

  // Two actions accepted at once would both see the old stage; the second waits its turn by refusal.
  const requireIdle = (): void => {
    if (moving) refuse(StageActionRefusal.stageChangeInProgress, `partnership is already changing stage from ${stage}`);
  };

  const moveTo = async (to: PartnershipStage, action: StageActionInput): Promise<StageActionResult> => {
    if (!canMove(stage, to)) refuse(StageActionRefusal.notAllowedInStage, `cannot move from ${stage} to ${to}`);
    moving = true;
    try {
      const { workflowId, runId } = workflowInfo();
      sequence += 1;
      await recordStageChange({
        partnershipId: input.partnershipId,
        workflowId,
        runId,
        sequence,
        from: stage,
        to,
        comment: action.comment,
        actor: action.actor,
      });
      stage = to;
      return { stage };
    } finally {
      moving = false;
    }
  };

  setHandler(currentStage, () => stage);

  setHandler(submitPartnership, (action) => moveTo('officer_review', action), {
    validator: (_action) => {
      requireIdle();
      if (stage !== 'draft') refuse(StageActionRefusal.notAllowedInStage, `only a draft can be submitted; the partnership is in ${stage}`);
    },
  });

  setHandler(withdrawPartnership, (action) => moveTo('withdrawn', action), {
    validator: (_action) => {
      requireIdle();
      if (!canWithdraw(stage)) refuse(StageActionRefusal.notAllowedInStage, `a partnership in ${stage} cannot be withdrawn`);
    },
  });

  await condition(() => isTerminalStage(stage));
  await condition(allHandlersFinished);
  return { stage };
}
