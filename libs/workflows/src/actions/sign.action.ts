import { patched } from '@temporalio/workflow';
import { signPartnership, StageActionRefusal } from '../partnership.contract.js';
import { activities, refuse, type PartnershipRun } from '../partnership-run.js';

/** Each council’s chief executive signs once, in either order; the second signature makes the partnership active. */
export function acceptSignatures(run: PartnershipRun): void {
  const { state, input } = run;
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
