import type { UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  currentStage,
  endorsePartnership,
  recordCabinetDecision,
  signPartnership,
  StageActionRefusal,
  submitPartnership,
  workflowState,
  type PartnershipActivities,
  type PartnershipWorkflowInput,
  type PartnershipWorkflowState,
  type StageActionInput,
  type StageActionResult,
} from '#workflows';

type Stage = PartnershipWorkflowState['stage'];

// The real workflow's timeouts and retries, so only what runs inside the activities differs.
const activities = proxyActivities<PartnershipActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * The benchmark's baseline for the partnership workflow: the same Updates, queries and
 * activities at the same points on the way from draft to active, and nothing else (no stage
 * rules beyond the order, no patches, search attributes, chasing timers or active-life clocks).
 * What the real workflow costs beyond this is the price of its rules and its database writes.
 */
export async function partnershipSkeletonWorkflow(input: PartnershipWorkflowInput): Promise<StageActionResult> {
  const { partnershipId } = input;
  const state: PartnershipWorkflowState = { stage: 'draft', callInLodged: false, signedBy: [] };
  let sequence = 0;

  const moveTo = async (to: Stage, action: StageActionInput): Promise<StageActionResult> => {
    const { workflowId, runId } = workflowInfo();
    sequence += 1;
    const change = { partnershipId, workflowId, runId, sequence, from: state.stage, to, comment: action.comment, actor: action.actor };
    await activities.recordStageChange(change);
    state.stage = to;
    return { stage: to };
  };
  // Each Update is accepted only in its stage, as in the real workflow, and otherwise does just its activities.
  const onUpdate = <Args extends [StageActionInput]>(
    update: UpdateDefinition<StageActionResult, Args>,
    stage: Stage,
    handle: (...args: Args) => Promise<StageActionResult>,
  ): void => {
    const validator = (..._args: Args): void => {
      if (state.stage !== stage) {
        throw ApplicationFailure.create({ type: StageActionRefusal.notAllowedInStage, message: `not in ${stage}`, nonRetryable: true });
      }
    };
    setHandler(update, handle, { validator });
  };

  setHandler(currentStage, () => state.stage);
  setHandler(workflowState, () => state);
  onUpdate(submitPartnership, 'draft', (action) => moveTo('officer_review', action));
  onUpdate(endorsePartnership, 'officer_review', (action) => moveTo('capacity_check', action));
  onUpdate(recordCabinetDecision, 'cabinet_decision', async (action) => {
    const originKey = `${workflowInfo().workflowId}:decision:1`;
    state.decision = await activities.recordCabinetDecision({ partnershipId, decision: action.decision, actor: action.actor, originKey });
    return moveTo('sign_off', action);
  });
  onUpdate(signPartnership, 'sign_off', async (action) => {
    state.signedBy = [...state.signedBy, action.councilCode];
    const complete = state.signedBy.length >= 2;
    await activities.recordSignature({ partnershipId, councilCode: action.councilCode, actor: action.actor, round: sequence });
    return complete ? moveTo('active', action) : { stage: state.stage };
  });

  await condition(() => state.stage === 'capacity_check');
  state.capacity = await activities.checkPartnershipCapacity(partnershipId);
  await moveTo('cabinet_decision', { comment: `capacity check: ${state.capacity.outcome}` });

  await condition(() => state.stage === 'sign_off');
  await activities.signOffTiming(partnershipId, Date.now());

  await condition(() => state.stage === 'active');
  const today = new Date(Date.now()).toISOString().slice(0, 10);
  const plan = await activities.planActiveLife({ partnershipId, activeFrom: today });
  state.activeLife = { endsOn: plan.endsOn, nextReviewOn: plan.firstReviewOn, clocks: [], nextSecondmentChangeOn: today };
  const { nextChangeOn } = await activities.keepSecondmentsInStep({ partnershipId, on: today });
  state.activeLife = { ...state.activeLife, nextSecondmentChangeOn: nextChangeOn };

  // Nothing in the skeleton ends an active partnership: the benchmark terminates it.
  await condition(() => state.stage !== 'active');
  return { stage: state.stage };
}
