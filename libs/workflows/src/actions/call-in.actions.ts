import { patched } from '@temporalio/workflow';
import { callInDecision, recordScrutinyOutcome, StageActionRefusal, type StageActionInput } from '../partnership.contract.js';
import { activities, refuse, type PartnershipRun } from '../partnership-run.js';

/** Scrutiny calls the decision in (with the lead council's quorum of members), then releases it or refers it back. */
export function acceptCallIn(run: PartnershipRun): void {
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
