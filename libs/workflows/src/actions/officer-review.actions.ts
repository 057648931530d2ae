import { canWithdraw } from '#domain';
import {
  endorsePartnership,
  sendBackPartnership,
  StageActionRefusal,
  submitPartnership,
  withdrawPartnership,
} from '../partnership.contract.js';
import { refuse, type PartnershipRun } from '../partnership-run.js';

/** The lead council submits its draft; the director of children’s services endorses it or sends it back. */
export function acceptSubmissionAndReview(run: PartnershipRun): void {
  const { state } = run;

  run.onAction(
    submitPartnership,
    () => run.requireStage('draft'),
    (action) => run.moveTo('officer_review', action),
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
      // Before the check has run there is nothing yet to send back over; while it runs, wait for it.
      if (state.stage === 'capacity_check' && state.capacity === undefined && !run.checkingCapacity()) {
        refuse(StageActionRefusal.notAllowedInStage, 'the capacity check is still running');
      }
    },
    (action) => run.moveTo('draft', action),
  );
}

/** Until it is active, the lead council may withdraw its partnership. */
export function acceptWithdrawal(run: PartnershipRun): void {
  const { state } = run;
  run.onAction(
    withdrawPartnership,
    () => {
      run.requireIdle();
      if (!canWithdraw(state.stage)) refuse(StageActionRefusal.notAllowedInStage, `a partnership in ${state.stage} cannot be withdrawn`);
    },
    (action) => run.moveTo('withdrawn', action),
  );
}
