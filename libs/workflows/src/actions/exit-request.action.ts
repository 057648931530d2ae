import { exitRequestProblem } from '#domain';
import { requestExit, StageActionRefusal } from '../partnership.contract.js';
import { refuse, today, type PartnershipRun } from '../partnership-run.js';

/** Either council or the commissioner asks an active partnership to end: on improvement, a long-term solution, or notice. */
export function acceptExitRequests(run: PartnershipRun): void {
  const { state } = run;
  run.onAction(
    requestExit,
    (action) => {
      run.requireStage('active', 'under_review');
      // Histories from before triggers carry only a reason: notice with no hand-back.
      const problem = exitRequestProblem({ ...action, trigger: action.trigger ?? 'notice' }, today());
      if (problem) refuse(StageActionRefusal.invalidRequest, problem);
    },
    (action) => {
      state.exit = {
        trigger: action.trigger ?? 'notice',
        reason: action.reason,
        handBackUntil: action.handBackUntil,
        reinspection: action.reinspection,
      };
      return run.moveTo('exiting', action);
    },
  );
}
