import { condition } from '@temporalio/workflow';
import { SYSTEM, type PartnershipRun } from './partnership-run.js';

/** A durable timer to the end of the call-in period; a call-in stops it and waits for scrutiny. */
export async function keepCallInWindow(run: PartnershipRun): Promise<void> {
  const { state } = run;
  const closesAt = state.decision?.callInClosesAtMs ?? Date.now();
  const remaining = closesAt - Date.now();
  const changed = () => state.stage !== 'call_in_window' || state.callInLodged;
  if (remaining > 0) await condition(changed, remaining);
  // A call-in that arrived as the period ended goes first: it was lodged in time.
  const closed = await run.alone(
    () => state.stage === 'call_in_window' && !state.callInLodged,
    () => run.moveTo('sign_off', { comment: 'call-in period ended without a call-in', actor: SYSTEM }),
  );
  if (closed) return;
  await condition(() => state.stage !== 'call_in_window');
}
