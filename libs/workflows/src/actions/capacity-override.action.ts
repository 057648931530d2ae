import { overrideCapacityCheck, StageActionRefusal } from '../partnership.contract.js';
import { refuse, type PartnershipRun } from '../partnership-run.js';

/** A failed capacity check goes on to Cabinet only with the chief executive’s recorded reason. */
export function acceptCapacityOverride(run: PartnershipRun): void {
  const { state } = run;
  run.onAction(
    overrideCapacityCheck,
    (action) => {
      run.requireStage('capacity_check');
      const verdictComing = state.capacity === undefined && run.checkingCapacity();
      if (state.capacity?.outcome !== 'fail' && !verdictComing)
        refuse(StageActionRefusal.notAllowedInStage, 'only a failed capacity check can be overridden');
      if (!action.reason?.trim()) refuse(StageActionRefusal.invalidRequest, 'an override needs the chief executive’s reason');
    },
    (action) => {
      state.capacityOverrideReason = action.reason;
      return run.moveTo('cabinet_decision', { ...action, comment: `capacity override: ${action.reason}` });
    },
  );
}
