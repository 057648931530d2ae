import { condition } from '@temporalio/workflow';
import { startOfDay } from '#domain';
import { activities, SYSTEM, today, type PartnershipRun } from './partnership-run.js';

/**
 * Ends the partnership: after notice, the agreed hand-back period runs first (secondments
 * continue to its last day); an exit on improvement records the re-inspection; then every
 * secondment ends, so the staff count at home again, and the partnership completes.
 */
export async function exitPartnership(run: PartnershipRun): Promise<void> {
  const { state, input } = run;
  const exit = state.exit;
  let lastDay: string | undefined;
  if (exit?.handBackUntil) {
    const wait = startOfDay(exit.handBackUntil) - Date.now();
    if (wait > 0) await condition(() => false, wait);
    lastDay = exit.handBackUntil;
  } else if (exit?.trigger === 'end_date') {
    lastDay = state.activeLife?.endsOn;
  } else if (exit) {
    lastDay = today();
  }
  await run.alone(
    () => state.stage === 'exiting',
    async () => {
      if (exit?.trigger === 'improved' && exit.reinspection) {
        await activities.recordReinspection({ partnershipId: input.partnershipId, reinspection: exit.reinspection, actor: SYSTEM });
      }
      // `on` absent (histories from before exit triggers): the activity ends them on its own day.
      await activities.endPartnershipSecondments({
        partnershipId: input.partnershipId,
        actor: SYSTEM,
        ...(lastDay ? { on: lastDay } : {}),
      });
      await run.moveTo('completed', { actor: SYSTEM, comment: exit ? `${exit.trigger.replaceAll('_', ' ')}: ${exit.reason}` : undefined });
    },
  );
}
