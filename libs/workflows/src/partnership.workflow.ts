import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { canMove, canWithdraw, isTerminalStage, type PartnershipStage } from '../../domain/src/index.js';
import {
  callInDecision,
  currentStage,
  endorsePartnership,
  overrideCapacityCheck,
  recordCabinetDecision,
  recordScrutinyOutcome,
  requestExit,
  sendBackPartnership,
  signPartnership,
  StageActionRefusal,
  submitPartnership,
  withdrawPartnership,
  workflowState,
  type ActingPrincipal,
  type PartnershipActivities,
  type PartnershipWorkflowInput,
  type PartnershipWorkflowState,
  type StageActionInput,
  type StageActionResult,
} from './partnership.contract.js';
import { PARTNERSHIP_STAGE_ATTRIBUTE } from './partnership.search-attributes.js';

// These activities are short database writes: a worker that dies mid-activity is noticed
// after this timeout and the activity runs again elsewhere (each one is idempotent).
const activities = proxyActivities<PartnershipActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

const SYSTEM: ActingPrincipal = { principalId: null, name: 'Accord workflow', role: null, councilCode: null };

/**
 * The life of one partnership. The workflow owns the stage; the database mirror is written
 * by an activity before the workflow's own state moves, so a read of the mirror never runs
 * ahead of what the workflow has decided. People act through Updates (validated here, so a
 * refused action never reaches the history); the workflow itself runs the capacity check,
 * keeps the call-in window and ends the secondments on exit.
 */
export async function partnershipWorkflow(input: PartnershipWorkflowInput): Promise<StageActionResult> {
  const state: PartnershipWorkflowState = { stage: 'draft', callInLodged: false, signedBy: [] };
  let sequence = 0;
  let decisions = 0;
  let moving = false;

  const refuse = (type: string, message: string): never => {
    throw ApplicationFailure.create({ type, message, nonRetryable: true });
  };
  // Two actions accepted at once would both see the old stage; the second is refused instead.
  const requireIdle = (): void => {
    if (moving) refuse(StageActionRefusal.stageChangeInProgress, `partnership is already changing stage from ${state.stage}`);
  };
  const requireStage = (...stages: PartnershipStage[]): void => {
    requireIdle();
    if (!stages.includes(state.stage)) {
      refuse(
        StageActionRefusal.notAllowedInStage,
        `not allowed while the partnership is in ${state.stage} (only in ${stages.join(' or ')})`,
      );
    }
  };

  const moveTo = async (to: PartnershipStage, action: StageActionInput, work?: () => Promise<void>): Promise<StageActionResult> => {
    if (!canMove(state.stage, to)) refuse(StageActionRefusal.notAllowedInStage, `cannot move from ${state.stage} to ${to}`);
    moving = true;
    try {
      await work?.();
      const { workflowId, runId } = workflowInfo();
      sequence += 1;
      await activities.recordStageChange({
        partnershipId: input.partnershipId,
        workflowId,
        runId,
        sequence,
        from: state.stage,
        to,
        comment: action.comment,
        actor: action.actor,
      });
      state.stage = to;
      // Added after the first histories were recorded: those replay without the upsert.
      if (patched('partnership-stage-search-attribute')) upsertSearchAttributes([{ key: PARTNERSHIP_STAGE_ATTRIBUTE, value: to }]);
      return { stage: to };
    } finally {
      moving = false;
    }
  };

  const on = <Args extends [StageActionInput]>(
    update: UpdateDefinition<StageActionResult, Args>,
    validate: (...args: Args) => void,
    handle: (...args: Args) => Promise<StageActionResult>,
  ): void => {
    setHandler(update, handle, { validator: validate });
  };

  setHandler(currentStage, () => state.stage);
  setHandler(workflowState, () => state);

  on(
    submitPartnership,
    () => requireStage('draft'),
    (action) => moveTo('officer_review', action),
  );
  on(
    withdrawPartnership,
    () => {
      requireIdle();
      if (!canWithdraw(state.stage)) refuse(StageActionRefusal.notAllowedInStage, `a partnership in ${state.stage} cannot be withdrawn`);
    },
    (action) => moveTo('withdrawn', action),
  );
  on(
    endorsePartnership,
    () => requireStage('officer_review'),
    (action) => {
      state.capacity = undefined;
      state.capacityOverrideReason = undefined;
      return moveTo('capacity_check', action);
    },
  );
  on(
    sendBackPartnership,
    () => {
      requireStage('officer_review', 'capacity_check');
      // While the check runs, there is nothing yet to send back over.
      if (state.stage === 'capacity_check' && state.capacity === undefined) {
        refuse(StageActionRefusal.notAllowedInStage, 'the capacity check is still running');
      }
    },
    (action) => moveTo('draft', action),
  );
  on(
    overrideCapacityCheck,
    (action) => {
      requireStage('capacity_check');
      if (state.capacity?.outcome !== 'fail')
        refuse(StageActionRefusal.notAllowedInStage, 'only a failed capacity check can be overridden');
      if (!action.reason?.trim()) refuse(StageActionRefusal.notAllowedInStage, 'an override needs the chief executive’s reason');
    },
    (action) => {
      state.capacityOverrideReason = action.reason;
      return moveTo('cabinet_decision', { ...action, comment: `capacity override: ${action.reason}` });
    },
  );
  on(
    recordCabinetDecision,
    () => requireStage('cabinet_decision'),
    async (action) => {
      decisions += 1;
      const decision = await activities
        .recordCabinetDecision({
          partnershipId: input.partnershipId,
          decision: action.decision,
          actor: action.actor,
          originKey: `${workflowInfo().workflowId}:decision:${decisions}`,
        })
        .catch((failure: unknown) => {
          // The activity's refusals are final; an Update must fail with an ApplicationFailure, not fail the task.
          const cause = (failure as { cause?: { message?: string } }).cause;
          return refuse(StageActionRefusal.decisionRefused, cause?.message ?? 'the decision could not be recorded');
        });
      state.decision = decision;
      state.callInLodged = false;
      if (decision.status === 'rejected') return moveTo('rejected', action);
      if (decision.status === 'deferred') return { stage: state.stage };
      return moveTo(decision.subjectToCallIn ? 'call_in_window' : 'sign_off', action);
    },
  );
  on(
    callInDecision,
    () => {
      requireStage('call_in_window');
      if (state.callInLodged) refuse(StageActionRefusal.notAllowedInStage, 'the decision has already been called in');
    },
    async () => {
      state.callInLodged = true;
      return { stage: state.stage };
    },
  );
  on(
    recordScrutinyOutcome,
    () => {
      requireStage('call_in_window');
      if (!state.callInLodged) refuse(StageActionRefusal.notAllowedInStage, 'there is no call-in for scrutiny to decide');
    },
    (action) => moveTo(action.outcome === 'released' ? 'sign_off' : 'cabinet_decision', action),
  );
  on(
    signPartnership,
    (action) => {
      requireStage('sign_off');
      if (state.signedBy.includes(action.councilCode)) refuse(StageActionRefusal.alreadySigned, `${action.councilCode} has already signed`);
    },
    async (action) => {
      state.signedBy = [...state.signedBy, action.councilCode];
      if (state.signedBy.length < 2) return { stage: state.stage };
      return moveTo('active', action);
    },
  );
  on(
    requestExit,
    () => requireStage('active', 'under_review'),
    (action) => moveTo('exiting', action),
  );

  while (!isTerminalStage(state.stage)) {
    const observed = state.stage;
    if (observed === 'capacity_check' && state.capacity === undefined) {
      state.capacity = await activities.checkPartnershipCapacity(input.partnershipId);
      if (state.capacity.outcome !== 'fail' && state.stage === 'capacity_check') {
        await moveTo('cabinet_decision', {
          comment: `capacity check: ${state.capacity.outcome}. ${state.capacity.summary}`,
          actor: SYSTEM,
        });
      }
      continue;
    }
    if (observed === 'call_in_window') {
      await keepCallInWindow();
      continue;
    }
    if (observed === 'sign_off' && patched('sign-off-chasing')) {
      await chaseSignatures();
      continue;
    }
    if (observed === 'exiting') {
      await activities.endPartnershipSecondments({ partnershipId: input.partnershipId, actor: SYSTEM });
      await moveTo('completed', { actor: SYSTEM });
      continue;
    }
    await condition(() => state.stage !== observed || (state.stage === 'capacity_check' && state.capacity === undefined));
  }
  await condition(allHandlersFinished);
  return { stage: state.stage };

  /**
   * Reminds the chief executives after the council's reminder period and escalates to the
   * council leaders after the escalation period, each once, while signatures are missing.
   */
  async function chaseSignatures(): Promise<void> {
    const timing = input.signOffTiming ?? (await activities.signOffTiming(input.partnershipId));
    const openedAt = Date.now();
    const signedOrMoved = () => state.stage !== 'sign_off';
    for (const [kind, after] of [
      ['reminder', timing.remindAfterMs],
      ['escalation', timing.escalateAfterMs],
    ] as const) {
      const wait = openedAt + after - Date.now();
      if (wait > 0 && (await condition(signedOrMoved, wait))) return;
      if (signedOrMoved()) return;
      await activities.recordSignOffChase({ partnershipId: input.partnershipId, kind, signedBy: state.signedBy, round: sequence });
    }
    await condition(signedOrMoved);
  }

  /** A durable timer to the end of the call-in period; a call-in stops it and waits for scrutiny. */
  async function keepCallInWindow(): Promise<void> {
    const closesAt = state.decision?.callInClosesAtMs ?? Date.now();
    const remaining = closesAt - Date.now();
    const changed = () => state.stage !== 'call_in_window' || state.callInLodged;
    if (remaining > 0) await condition(changed, remaining);
    if (state.stage === 'call_in_window' && !state.callInLodged) {
      await moveTo('sign_off', { comment: 'call-in period ended without a call-in', actor: SYSTEM });
      return;
    }
    await condition(() => state.stage !== 'call_in_window');
  }
}
