import { patched, workflowInfo } from '@temporalio/workflow';
import { canWithdraw } from '#domain';
import {
  callInDecision,
  endorsePartnership,
  overrideCapacityCheck,
  recordCabinetDecision,
  recordScrutinyOutcome,
  sendBackPartnership,
  signPartnership,
  StageActionRefusal,
  submitPartnership,
  withdrawPartnership,
  type StageActionInput,
} from './partnership.contract.js';
import { activities, refuse, type PartnershipRun } from './partnership-run.js';

/** The actions that take a draft to an active partnership: review, capacity, Cabinet, call-in, signatures. */
export function registerApprovalHandlers(run: PartnershipRun): void {
  const { state, input } = run;
  let decisions = 0;

  run.onAction(
    submitPartnership,
    () => run.requireStage('draft'),
    (action) => run.moveTo('officer_review', action),
  );
  run.onAction(
    withdrawPartnership,
    () => {
      run.requireIdle();
      if (!canWithdraw(state.stage)) refuse(StageActionRefusal.notAllowedInStage, `a partnership in ${state.stage} cannot be withdrawn`);
    },
    (action) => run.moveTo('withdrawn', action),
  );
  run.onAction(
    endorsePartnership,
    () => run.requireStage('officer_review'),
    (action) => {
      state.capacity = undefined;
      state.capacityOverrideReason = undefined;
      return run.moveTo('capacity_check', action);
    },
  );
  run.onAction(
    sendBackPartnership,
    () => {
      run.requireStage('officer_review', 'capacity_check');
      // While the check runs, there is nothing yet to send back over.
      if (state.stage === 'capacity_check' && state.capacity === undefined) {
        refuse(StageActionRefusal.notAllowedInStage, 'the capacity check is still running');
      }
    },
    (action) => run.moveTo('draft', action),
  );
  run.onAction(
    overrideCapacityCheck,
    (action) => {
      run.requireStage('capacity_check');
      if (state.capacity?.outcome !== 'fail')
        refuse(StageActionRefusal.notAllowedInStage, 'only a failed capacity check can be overridden');
      if (!action.reason?.trim()) refuse(StageActionRefusal.invalidRequest, 'an override needs the chief executive’s reason');
    },
    (action) => {
      state.capacityOverrideReason = action.reason;
      return run.moveTo('cabinet_decision', { ...action, comment: `capacity override: ${action.reason}` });
    },
  );
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
  registerCallInHandlers(run);
  run.onAction(
    signPartnership,
    (action) => {
      run.requireStage('sign_off');
      if (state.signedBy.includes(action.councilCode)) refuse(StageActionRefusal.alreadySigned, `${action.councilCode} has already signed`);
    },
    async (action) => {
      state.signedBy = [...state.signedBy, action.councilCode];
      // Decided before any await, so two signatures arriving together cannot both (or neither) complete it.
      const complete = state.signedBy.length >= 2;
      if (patched('audited-signatures')) {
        await activities.recordSignature({
          partnershipId: input.partnershipId,
          councilCode: action.councilCode,
          actor: action.actor,
          round: run.stageChanges(),
        });
      }
      return complete ? run.moveTo('active', action) : { stage: state.stage };
    },
  );
}

/** Scrutiny calls the decision in (with the lead council's quorum of members), then releases it or refers it back. */
function registerCallInHandlers(run: PartnershipRun): void {
  const { state, input } = run;
  const changeDecisionStatus = (
    status: 'called_in' | 'recommendations_approved' | 'approved',
    action: StageActionInput,
    members?: string[],
  ) =>
    activities.changeDecisionStatus({
      partnershipId: input.partnershipId,
      decisionRecordId: state.decision?.decisionRecordId ?? '',
      status,
      members,
      actor: action.actor,
      key: `${state.decision?.decisionRecordId}:${status}:${run.stageChanges()}`,
    });

  run.onAction(
    callInDecision,
    (action) => {
      run.requireStage('call_in_window');
      if (state.callInLodged) refuse(StageActionRefusal.notAllowedInStage, 'the decision has already been called in');
      const quorum = state.decision?.callInQuorum;
      const members = new Set(action.members ?? []).size;
      if (quorum !== undefined && members < quorum) {
        refuse(StageActionRefusal.invalidRequest, `a call-in needs ${quorum} members of the council; ${members} named`);
      }
    },
    async (action) => {
      state.callInLodged = true;
      if (patched('audited-call-in')) await run.exclusively(() => changeDecisionStatus('called_in', action, action.members));
      return { stage: state.stage };
    },
  );
  run.onAction(
    recordScrutinyOutcome,
    () => {
      run.requireStage('call_in_window');
      if (!state.callInLodged) refuse(StageActionRefusal.notAllowedInStage, 'there is no call-in for scrutiny to decide');
    },
    (action) => {
      if (action.outcome === 'referred_back') return run.moveTo('cabinet_decision', action);
      const status = state.decision?.status === 'approved' ? 'approved' : 'recommendations_approved';
      const audited = patched('audited-call-in');
      return run.moveTo('sign_off', action, audited ? () => changeDecisionStatus(status, action) : undefined);
    },
  );
}
