// Records histories of partnerships whose timers fire (a review falling due, the intervention's
// clocks, a hand-back period, the planned end date) on the time-skipping test server, as JSON
// fixtures for the replay test. Run it, like record-workflow-histories.ts, when a workflow change
// ships on purpose: `npx tsx scripts/record-timer-histories.ts`. Keep the fixtures already there.
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { workflowSource } from '../apps/worker/src/workflow-source.js';
import { addDays, addMonths, dateOfInstant, startOfDay } from '#domain';
import { ensureTemporalBinaries, registerPartnershipSearchAttributes } from '#local-stack';
import {
  endorsePartnership,
  recordCabinetDecision,
  recordReview,
  requestExit,
  signPartnership,
  submitPartnership,
  workflowState,
  type CabinetDecisionInput,
  type PartnershipActivities,
} from '#workflows';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test', 'fixtures', 'histories', 'partnership');
const taskQueue = 'record-timer-histories';

let secondmentCalls = 0;

// Activity results are recorded in history; their bodies do not matter for replay. The plan puts
// a review a quarter on, an action plan due in 20 days and the end 40 days on (the second scenario
// gives notice first), and one secondment starting five days after activation.
const activities: PartnershipActivities = {
  recordStageChange: async () => undefined,
  checkPartnershipCapacity: async () => ({ outcome: 'pass', summary: 'recorded' }),
  recordCabinetDecision: async ({ decision }) => ({
    decisionRecordId: 'recorded',
    status: decision.status,
    subjectToCallIn: false,
    callInClosesAtMs: null,
    callInQuorum: 5,
  }),
  changeDecisionStatus: async () => undefined,
  endPartnershipSecondments: async () => 1,
  signOffTiming: async () => ({ remindAfterMs: 3_600_000, escalateAfterMs: 7_200_000 }),
  recordSignOffChase: async () => undefined,
  recordSignature: async () => undefined,
  planActiveLife: async ({ activeFrom }) => ({
    endsOn: addDays(activeFrom, 120),
    firstReviewOn: addDays(activeFrom, 30),
    clocks: [{ kind: 'action_plan', dueOn: addDays(activeFrom, 20), remindOn: addDays(activeFrom, 13), label: 'Action plan due' }],
  }),
  // Each partnership's first call finds a secondment starting five days on; the second finds nothing more.
  keepSecondmentsInStep: async ({ on }) => ({ nextChangeOn: (secondmentCalls += 1) % 2 === 1 ? addDays(on, 5) : null }),
  recordDueDate: async () => undefined,
  recordReview: async () => ({ reviewId: 'recorded' }),
  recordReinspection: async () => undefined,
};

type Scenario = (env: TestWorkflowEnvironment, workflowId: string) => Promise<void>;

async function toActive(env: TestWorkflowEnvironment, workflowId: string): Promise<string> {
  const handle = env.client.workflow.getHandle(workflowId);
  const today = dateOfInstant(await env.currentTimeMs());
  const decision: CabinetDecisionInput = {
    title: 'Improvement partnership with Buckinghamshire',
    decisionMaker: 'cabinet',
    decisionText: 'Approved',
    status: 'recommendations_approved',
    isKeyDecision: false,
    subjectToCallIn: false,
    decisionDate: today,
    publicationDate: today,
  };
  await handle.executeUpdate(submitPartnership, { args: [{}] });
  await handle.executeUpdate(endorsePartnership, { args: [{}] });
  await until(async () => (await handle.query(workflowState)).stage === 'cabinet_decision');
  await handle.executeUpdate(recordCabinetDecision, { args: [{ decision }] });
  await handle.executeUpdate(signPartnership, { args: [{ councilCode: 'E10000002' }] });
  await handle.executeUpdate(signPartnership, { args: [{ councilCode: 'E10000014' }] });
  await until(async () => (await handle.query(workflowState)).activeLife !== undefined);
  return today;
}

async function until(holds: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await holds()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the workflow never got there');
}

async function skipTo(env: TestWorkflowEnvironment, day: string): Promise<void> {
  await env.sleep(Math.max(startOfDay(day) + 60_000 - (await env.currentTimeMs()), 1));
}

const scenarios: Record<string, Scenario> = {
  'timers-reviewed-when-due-then-ended-on-planned-end': async (env, workflowId) => {
    const activeFrom = await toActive(env, workflowId);
    const handle = env.client.workflow.getHandle(workflowId);
    await skipTo(env, addDays(activeFrom, 31));
    await until(async () => (await handle.query(workflowState)).stage === 'under_review');
    const review = { kind: 'periodic', reviewDate: addDays(activeFrom, 31), ragRating: 'green', findings: 'recorded' } as const;
    await handle.executeUpdate(recordReview, { args: [{ review }] });
    await skipTo(env, addDays(activeFrom, 121));
  },
  'timers-notice-with-hand-back': async (env, workflowId) => {
    const activeFrom = await toActive(env, workflowId);
    const handle = env.client.workflow.getHandle(workflowId);
    const handBackUntil = addMonths(activeFrom, 2);
    await handle.executeUpdate(requestExit, { args: [{ trigger: 'notice', reason: 'notice given', handBackUntil }] });
    await skipTo(env, addDays(handBackUntil, 1));
  },
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const binaries = await ensureTemporalBinaries({ toolsDir: path.join(root, '.tools') });
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: binaries.testServer } },
  });
  try {
    await registerPartnershipSearchAttributes(env.connection, env.namespace);
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, ...workflowSource(), activities });
    await worker.runUntil(async () => {
      for (const [name, scenario] of Object.entries(scenarios)) {
        if (only.length > 0 && !only.includes(name)) continue;
        const workflowId = `partnership-fixture-${name}`;
        const handle = await env.client.workflow.start('partnershipWorkflow', {
          taskQueue,
          workflowId,
          args: [{ partnershipId: `fixture-${name}` }],
        });
        await scenario(env, workflowId);
        await handle.result();
        await writeFile(path.join(fixtures, `${name}.json`), `${historyToJSON(await handle.fetchHistory())}\n`);
        console.log(`recorded ${name}`);
      }
    });
  } finally {
    await env.teardown();
  }
}

await main();
