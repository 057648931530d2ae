import { allHandlersFinished, condition, patched, setHandler } from '@temporalio/workflow';
import { isTerminalStage } from '#domain';
import { liveActiveLife, type SecondmentNudge } from './active-life.js';
import { acceptPartnershipActions } from './actions/index.js';
import { keepCallInWindow } from './call-in-window.js';
import { exitPartnership } from './exit.js';
import { startPartnershipRun } from './one-action-at-a-time.js';
import {
  currentStage,
  workflowState,
  type PartnershipWorkflowInput,
  type PartnershipWorkflowState,
  type StageActionResult,
} from './partnership.contract.js';
import { activities, SYSTEM, type PartnershipRun } from './partnership-run.js';
import { chaseSignatures } from './sign-off-chase.js';

/**
 * The life of one partnership. The workflow owns the stage; the database mirror is written
 * by an activity before the workflow's own state moves, so a read of the mirror never runs
 * ahead of what the workflow has decided. People act through Updates (validated, so a
 * refused action never reaches the history), one at a time; the workflow itself runs the capacity check,
 * keeps the call-in window, chases signatures, keeps the active partnership's clocks and
 * ends the secondments on exit.
 */
export async function partnershipWorkflow(input: PartnershipWorkflowInput): Promise<StageActionResult> {
  const state: PartnershipWorkflowState = { stage: 'draft', callInLodged: false, signedBy: [] };
  const nudge: SecondmentNudge = { pending: false };
  const run = startPartnershipRun(input, state);

  setHandler(currentStage, () => state.stage);
  setHandler(workflowState, () => state);
  acceptPartnershipActions(run, () => {
    nudge.pending = true;
  });

  while (!isTerminalStage(state.stage)) {
    const observed = state.stage;
    if (observed === 'capacity_check' && state.capacity === undefined) {
      await checkCapacity(run);
      continue;
    }
    if (observed === 'call_in_window') {
      await keepCallInWindow(run);
      continue;
    }
    if (observed === 'sign_off' && patched('sign-off-chasing')) {
      await chaseSignatures(run);
      continue;
    }
    // Added after the first histories were recorded: those wait in active for an exit request.
    if ((observed === 'active' || observed === 'under_review') && patched('active-life')) {
      await liveActiveLife(run, nudge);
      continue;
    }
    if (observed === 'exiting') {
      await exitPartnership(run);
      continue;
    }
    await condition(() => state.stage !== observed || (state.stage === 'capacity_check' && state.capacity === undefined));
  }
  await condition(allHandlersFinished);
  return { stage: state.stage };
}

/** Pass and warn go on to Cabinet by themselves; a failure waits for an override or a send-back. */
async function checkCapacity(run: PartnershipRun): Promise<void> {
  const { state, input } = run;
  // A withdrawal may have come first; the check runs once per visit to the stage.
  await run.alone(
    () => state.stage === 'capacity_check' && state.capacity === undefined,
    async () => {
      state.capacity = await run.checkCapacity(() => activities.checkPartnershipCapacity(input.partnershipId));
      if (state.capacity.outcome !== 'fail' && state.stage === 'capacity_check') {
        await run.moveTo('cabinet_decision', {
          comment: `capacity check: ${state.capacity.outcome}. ${state.capacity.summary}`,
          actor: SYSTEM,
        });
      }
    },
  );
}
