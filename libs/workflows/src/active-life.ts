import { condition } from '@temporalio/workflow';
import { addDays, clocksAhead, startOfDay, type IsoDate } from '#domain';
import type { ActiveLifeState } from './partnership.contract.js';
import { activities, SYSTEM, today, type PartnershipRun } from './partnership-run.js';

/** Set by the secondmentsChanged signal; read and cleared by the active-life loop. */
export interface SecondmentNudge {
  pending: boolean;
}

/**
 * The life of an active partnership, by the day: secondments start and end on their dates, the
 * intervention's clocks send reminders and fall due, a periodic review puts it under review
 * (recording the review makes it active again), and on its planned end date it exits.
 * Returns once the partnership has left active and under review.
 */
export async function liveActiveLife(run: PartnershipRun, nudge: SecondmentNudge): Promise<void> {
  const { state, input } = run;
  if (!state.activeLife) {
    const plan = await activities.planActiveLife({ partnershipId: input.partnershipId, activeFrom: today() });
    state.activeLife = {
      endsOn: plan.endsOn,
      nextReviewOn: plan.firstReviewOn,
      clocks: clocksAhead(plan.clocks, today()).map((clock) => ({ ...clock, reminded: false })),
      nextSecondmentChangeOn: today(),
    };
  }
  const life = (): ActiveLifeState => state.activeLife as ActiveLifeState;
  const living = () => state.stage === 'active' || state.stage === 'under_review';

  while (living()) {
    const day = today();
    if (nudge.pending) {
      nudge.pending = false;
      state.activeLife = { ...life(), nextSecondmentChangeOn: day };
    }
    // An action half-way through (a review being saved) finishes before the clock moves the stage.
    await run.whenIdle();
    if (!living()) break;
    let acted = false;
    await run.alone(living, async () => {
      acted = await actOnWhatIsDue(run, day);
    });
    if (acted) continue;
    if (!living()) break;
    const wakeAt = Math.min(...nextDates(life(), state.stage).map(startOfDay));
    const observed = { stage: state.stage, life: state.activeLife };
    await condition(
      () => state.stage !== observed.stage || state.activeLife !== observed.life || nudge.pending,
      Math.max(wakeAt - Date.now(), 1),
    );
  }
}

/** Does the first thing that has come due on `day`; false when nothing has. */
async function actOnWhatIsDue(run: PartnershipRun, day: IsoDate): Promise<boolean> {
  const { state, input } = run;
  const life = state.activeLife as ActiveLifeState;
  if (life.nextSecondmentChangeOn !== null && life.nextSecondmentChangeOn <= day) {
    const { nextChangeOn } = await activities.keepSecondmentsInStep({ partnershipId: input.partnershipId, on: day });
    // Never ask again for a day already handled: the loop must always move forward.
    const next = nextChangeOn !== null && nextChangeOn <= day ? addDays(day, 1) : nextChangeOn;
    state.activeLife = { ...(state.activeLife as ActiveLifeState), nextSecondmentChangeOn: next };
    return true;
  }
  const clock = life.clocks[0];
  if (clock && ((!clock.reminded && clock.remindOn !== null && clock.remindOn <= day) || clock.dueOn <= day)) {
    const event = clock.dueOn <= day ? 'due' : 'reminder';
    await activities.recordDueDate({ partnershipId: input.partnershipId, kind: clock.kind, dueOn: clock.dueOn, event, label: clock.label });
    const current = state.activeLife as ActiveLifeState;
    const rest = current.clocks.slice(1);
    state.activeLife = { ...current, clocks: event === 'due' ? rest : [{ ...clock, reminded: true }, ...rest] };
    return true;
  }
  if (life.endsOn <= day) {
    state.exit = { trigger: 'end_date', reason: `the planned end date, ${life.endsOn}, has been reached` };
    await run.moveTo('exiting', { actor: SYSTEM, comment: state.exit.reason });
    return true;
  }
  if (state.stage === 'active' && life.nextReviewOn <= day) {
    await run.moveTo('under_review', { actor: SYSTEM, comment: `periodic review due on ${life.nextReviewOn}` });
    return true;
  }
  return false;
}

/** The days on which something next happens; a review waits only while the partnership is active. */
function nextDates(life: ActiveLifeState, stage: string): IsoDate[] {
  const clock = life.clocks[0];
  return [
    life.endsOn,
    ...(stage === 'active' ? [life.nextReviewOn] : []),
    ...(life.nextSecondmentChangeOn ? [life.nextSecondmentChangeOn] : []),
    ...(clock ? [!clock.reminded && clock.remindOn !== null ? clock.remindOn : clock.dueOn] : []),
  ];
}
