import type { Client, WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { setTimeout as delay } from 'node:timers/promises';
import {
  endorsePartnership,
  recordCabinetDecision,
  signPartnership,
  submitPartnership,
  workflowState,
  type CabinetDecisionInput,
  type PartnershipActivities,
  type PartnershipWorkflowState,
  type StageActionResult,
} from '#workflows';
import { timed } from './measure.js';

export const LEAD_COUNCIL = 'E10000014'; // Hampshire
export const SUPPORTED_COUNCIL = 'E10000002'; // Buckinghamshire
const POLL_MS = 20;
const POLL_TIMEOUT_MS = 60_000;

/** One side of the comparison: a workflow type on its own task queue, and how its partnerships are readied. */
export interface BenchSide {
  name: string;
  workflowType: string;
  taskQueue: string;
  workflowId(partnershipId: string): string;
  /** Readies `count` partnerships to start (the real workflow's mirror needs their rows) and answers their ids. */
  prepare(count: number): Promise<string[]>;
}

export interface RoundResult {
  count: number;
  seconds: number;
  perSecond: number;
  /** Round trips of each Update by name (submit, endorse, …), in milliseconds. */
  updateMs: Record<string, number[]>;
  /** Run times of each activity by name, in milliseconds, as the worker saw them. */
  activityMs: Record<string, number[]>;
}

/** Where the workers record activity run times: the round under way swaps in a fresh record. */
export interface ActivityTimes {
  current: Record<string, number[]>;
}

/** The same activities, each timed into `times` (the profile shows where the real workflow's time goes). */
export function timedActivities(activities: PartnershipActivities, times: ActivityTimes): PartnershipActivities {
  const timedOne =
    (name: string, run: (...args: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]) => {
      let result: unknown;
      (times.current[name] ??= []).push(await timed(async () => (result = await run(...args))));
      return result;
    };
  return Object.fromEntries(
    Object.entries(activities).map(([name, run]) => [name, timedOne(name, run as (...args: unknown[]) => Promise<unknown>)]),
  ) as unknown as PartnershipActivities;
}

/**
 * Takes `count` partnerships from draft to active with at most `inFlight` under way at once.
 * The round ends when every one of them has also planned its active life (the activities after
 * the last signature), so work the workflow does after answering still counts; then they are
 * terminated, outside the time, so each round starts with the server as empty as the last.
 */
export async function runRound(
  client: Client,
  side: BenchSide,
  times: ActivityTimes,
  { count, inFlight }: { count: number; inFlight: number },
): Promise<RoundResult> {
  const ids = await side.prepare(count);
  const updateMs: Record<string, number[]> = {};
  const activityMs: Record<string, number[]> = (times.current = {});
  const handles = new Map<string, WorkflowHandle>();
  const elapsedMs = await timed(async () => {
    await eachConcurrently(ids, inFlight, async (id) => handles.set(id, await drivePartnership(client, side, id, updateMs)));
    await eachConcurrently(ids, inFlight, (id) =>
      untilState(
        handles.get(id) as WorkflowHandle,
        (state) => state.activeLife?.nextSecondmentChangeOn === null,
        'its active life planned',
      ),
    );
  });
  await eachConcurrently(ids, inFlight, (id) => (handles.get(id) as WorkflowHandle).terminate('benchmark round over'));
  const seconds = elapsedMs / 1000;
  return { count, seconds, perSecond: count / seconds, updateMs, activityMs };
}

async function drivePartnership(client: Client, side: BenchSide, partnershipId: string, updateMs: Record<string, number[]>) {
  const handle = await client.workflow.start(side.workflowType, {
    taskQueue: side.taskQueue,
    workflowId: side.workflowId(partnershipId),
    args: [{ partnershipId }],
  });
  const update = async <Arg>(definition: UpdateDefinition<StageActionResult, [Arg]>, arg: Arg): Promise<StageActionResult> => {
    let result: StageActionResult | undefined;
    const ms = await timed(async () => {
      result = await handle.executeUpdate(definition, { args: [arg] });
    });
    (updateMs[definition.name] ??= []).push(ms);
    return result as StageActionResult;
  };
  await update(submitPartnership, {});
  await update(endorsePartnership, {});
  // The workflow runs the capacity check itself and moves on to Cabinet when it passes.
  await untilState(handle, (state) => state.stage === 'cabinet_decision', 'cabinet_decision');
  await update(recordCabinetDecision, { decision: cabinetDecision(new Date().toISOString().slice(0, 10)) });
  await update(signPartnership, { councilCode: SUPPORTED_COUNCIL });
  const { stage } = await update(signPartnership, { councilCode: LEAD_COUNCIL });
  if (stage !== 'active') throw new Error(`${side.name} partnership ${partnershipId} ended in ${stage}, not active`);
  return handle;
}

/** A non-key decision taken and published today, not subject to call-in: it goes straight to sign-off. */
function cabinetDecision(today: string): CabinetDecisionInput {
  return {
    title: 'Children’s services improvement partnership with Buckinghamshire County Council',
    decisionMaker: 'cabinet',
    decisionText: 'That Cabinet approves Hampshire County Council acting as improvement partner to Buckinghamshire County Council.',
    status: 'recommendations_approved',
    isKeyDecision: false,
    subjectToCallIn: false,
    decisionDate: today,
    publicationDate: today,
  };
}

async function untilState(handle: WorkflowHandle, reached: (state: PartnershipWorkflowState) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + POLL_TIMEOUT_MS;
  while (!reached(await handle.query(workflowState))) {
    if (Date.now() > deadline) throw new Error(`${handle.workflowId} did not reach ${what} within ${POLL_TIMEOUT_MS / 1000}s`);
    await delay(POLL_MS);
  }
}

async function eachConcurrently<T>(items: T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
