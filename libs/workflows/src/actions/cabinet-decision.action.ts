import { workflowInfo } from '@temporalio/workflow';
import { recordCabinetDecision, StageActionRefusal } from '../partnership.contract.js';
import { activities, refuse, type PartnershipRun } from '../partnership-run.js';

/**
 * Democratic services record the Cabinet’s decision: approved goes to the call-in window (or
 * straight to sign-off when not subject to call-in), rejected ends the partnership, deferred waits.
 */
export function acceptCabinetDecision(run: PartnershipRun): void {
  const { state, input } = run;
  let decisions = 0;

  run.onAction(
    recordCabinetDecision,
    () => run.requireStage('cabinet_decision'),
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
      if (decision.status === 'rejected') return run.moveTo('rejected', action);
      if (decision.status === 'deferred') return { stage: state.stage };
      return run.moveTo(decision.subjectToCallIn ? 'call_in_window' : 'sign_off', action);
    },
  );
}
