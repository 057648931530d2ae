import { condition } from '@temporalio/workflow';
import { activities, type PartnershipRun } from './partnership-run.js';

/**
 * Reminds the chief executives after the council's reminder period and escalates to the
 * council leaders after the escalation period, each once, while signatures are missing.
 */
export async function chaseSignatures(run: PartnershipRun): Promise<void> {
  const { state, input } = run;
  const timing = input.signOffTiming ?? (await activities.signOffTiming(input.partnershipId, Date.now()));
  const openedAt = Date.now();
  const signedOrMoved = () => state.stage !== 'sign_off';
  for (const [kind, after] of [
    ['reminder', timing.remindAfterMs],
    ['escalation', timing.escalateAfterMs],
  ] as const) {
    const wait = openedAt + after - Date.now();
    if (wait > 0 && (await condition(signedOrMoved, wait))) return;
    const chase = () =>
      activities.recordSignOffChase({ partnershipId: input.partnershipId, kind, signedBy: state.signedBy, round: run.stageChanges() });
    // A signature being recorded finishes first, so the chase names only who is still missing.
    if (!(await run.alone(() => !signedOrMoved(), chase))) return;
  }
  await condition(signedOrMoved);
}
