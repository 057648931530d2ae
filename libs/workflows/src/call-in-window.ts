import { condition } from '@temporalio/workflow';
import { SYSTEM, type PartnershipRun } from './partnership-run.js';

/** A durable timer to the end of the call-in period; a call-in stops it and waits for scrutiny. */
export async function keepCallInWindow(run: PartnershipRun): Promise<void> {
  const { state } = run;
  const closesAt = state.decision?.callInClosesAtMs ?? Date.now();
  const remaining = closesAt - Date.now();
  const changed = () => state.stage !== 'call_in_window' || state.callInLodged;
  if (remaining > 0) await condition(changed, remaining);
  if (state.stage === 'call_in_window' && !state.callInLodged) {
    await run.moveTo('sign_off', { comment: 'call-in period ended without a call-in', actor: SYSTEM });
    return;
  }
  await condition(() => state.stage !== 'call_in_window');
}
