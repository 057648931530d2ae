// Records event histories of completed partnership (and webhook delivery) workflows as JSON fixtures for the
// replay test (libs/workflows/src/partnership.replay.integration-spec.ts). Run it when a
// workflow change is shipped on purpose: `npx tsx scripts/record-workflow-histories.ts`.
// Existing fixtures are the histories of code already in use, so keep them and add new ones.
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import getPort from 'get-port';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import path from 'node:path';
import {
  PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS,
  callInDecision,
  endorsePartnership,
  recordCabinetDecision,
  recordReview,
  recordScrutinyOutcome,
  requestExit,
  sendBackPartnership,
  signPartnership,
  submitPartnership,
  withdrawPartnership,
  workflowState,
  type CabinetDecisionInput,
  WEBHOOK_DELIVERY_WORKFLOW_TYPE,
  type WebhookDeliveryInput,
  type WebhookEventsBatch,
} from '#workflows';
import { workflowSource } from '../apps/worker/src/workflow-source.js';
import { ensureTemporalBinaries, TemporalDevServer } from '#local-stack';

const decision = (subjectToCallIn: boolean): CabinetDecisionInput => ({
  title: 'Improvement partnership with Buckinghamshire',
  decisionMaker: 'cabinet',
  decisionText: 'Approved',
  status: 'recommendations_approved',
  isKeyDecision: false,
  subjectToCallIn,
  decisionDate: '2018-04-16',
  publicationDate: '2018-04-16',
});

async function untilStage(client: Client, workflowId: string, stage: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await client.workflow.getHandle(workflowId).query(workflowState)).stage === stage) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${workflowId} did not reach ${stage}`);
}

/** Submitted, endorsed and through the capacity check: waiting for the Cabinet decision. */
async function toCabinet(client: Client, workflowId: string) {
  const handle = client.workflow.getHandle(workflowId);
  await handle.executeUpdate(submitPartnership, { args: [{}] });
  await handle.executeUpdate(endorsePartnership, { args: [{}] });
  await untilStage(client, workflowId, 'cabinet_decision');
  return handle;
}

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test', 'fixtures', 'histories', 'partnership');
const webhookFixtures = path.join(root, 'test', 'fixtures', 'histories', 'webhook-delivery');
const taskQueue = 'record-histories';

type Scenario = (client: Client, workflowId: string) => Promise<void>;

const scenarios: Record<string, Scenario> = {
  'submitted-then-withdrawn': async (client, workflowId) => {
    const handle = client.workflow.getHandle(workflowId);
    await handle.executeUpdate(submitPartnership, { args: [{ comment: 'ready for the director' }] });
    await handle.executeUpdate(submitPartnership, { args: [{}] }).catch(() => undefined); // refused: not a draft
    await handle.executeUpdate(withdrawPartnership, { args: [{ comment: 'superseded' }] });
  },
  'withdrawn-from-draft': async (client, workflowId) => {
    await client.workflow.getHandle(workflowId).executeUpdate(withdrawPartnership, { args: [{}] });
  },
  'signed-active-and-completed': async (client, workflowId) => {
    const handle = await toCabinet(client, workflowId);
    await handle.executeUpdate(recordCabinetDecision, { args: [{ decision: decision(false) }] });
    await handle.executeUpdate(signPartnership, { args: [{ councilCode: 'E10000002' }] });
    await handle.executeUpdate(signPartnership, { args: [{ councilCode: 'E10000014' }] });
    await handle.executeUpdate(requestExit, { args: [{ reason: 'direction lifted' }] });
  },
  'called-in-referred-back-then-released': async (client, workflowId) => {
    const handle = await toCabinet(client, workflowId);
    await handle.executeUpdate(recordCabinetDecision, { args: [{ decision: decision(true) }] });
    await handle.executeUpdate(callInDecision, { args: [{}] });
    await handle.executeUpdate(recordScrutinyOutcome, { args: [{ outcome: 'referred_back' }] });
    await handle.executeUpdate(recordCabinetDecision, { args: [{ decision: decision(true) }] });
    await handle.executeUpdate(callInDecision, { args: [{}] });
    await handle.executeUpdate(recordScrutinyOutcome, { args: [{ outcome: 'released' }] });
    await handle.executeUpdate(withdrawPartnership, { args: [{ comment: 'withdrawn at sign-off' }] });
  },
};

// Histories recorded after the stage search attribute was added (patch 'partnership-stage-search-attribute').
scenarios['search-attributes-signed-active-and-completed'] = scenarios['signed-active-and-completed'];
// Histories recorded after sign-off chasing was added (patch 'sign-off-chasing').
scenarios['sign-off-chasing-signed-active-and-completed'] = scenarios['signed-active-and-completed'];

const FIVE_MEMBERS = ['Cllr Brown', 'Cllr Davies', 'Cllr Foster', 'Cllr Hughes', 'Cllr Khan'];

// Histories recorded after the active life, audited signatures and call-ins and exit triggers were added
// (patches 'active-life', 'audited-signatures', 'audited-call-in').
scenarios['active-life-reviewed-then-improved'] = async (client, workflowId) => {
  const handle = await toCabinet(client, workflowId);
  await handle.executeUpdate(recordCabinetDecision, { args: [{ decision: decision(false) }] });
  await handle.executeUpdate(signPartnership, { args: [{ councilCode: 'E10000002' }] });
  await handle.executeUpdate(signPartnership, { args: [{ councilCode: 'E10000014' }] });
  await untilPlanned(client, workflowId);
  const today = new Date().toISOString().slice(0, 10);
  await handle.executeUpdate(recordReview, {
    args: [{ review: { kind: 'periodic', reviewDate: today, ragRating: 'amber', findings: 'recorded' } }],
  });
  await handle.executeUpdate(requestExit, {
    args: [
      {
        trigger: 'improved',
        reason: 'requires improvement; direction lifted',
        reinspection: { judgement: 'requires_improvement', judgedOn: '2021-12-10', directionLiftedOn: '2022-01-05' },
      },
    ],
  });
};
scenarios['active-life-called-in-released-then-notice'] = async (client, workflowId) => {
  const handle = await toCabinet(client, workflowId);
  await handle.executeUpdate(recordCabinetDecision, { args: [{ decision: decision(true) }] });
  await handle.executeUpdate(callInDecision, { args: [{ members: FIVE_MEMBERS }] });
  await handle.executeUpdate(recordScrutinyOutcome, { args: [{ outcome: 'released' }] });
  await handle.executeUpdate(signPartnership, { args: [{ councilCode: 'E10000014' }] });
  await handle.executeUpdate(signPartnership, { args: [{ councilCode: 'E10000002' }] });
  await untilPlanned(client, workflowId);
  await handle.executeUpdate(requestExit, { args: [{ trigger: 'notice', reason: 'the lead council gives notice' }] });
};

// Histories recorded after actions were made to take turns (patch 'one-action-at-a-time'): copies of
// each action sent together, of which one is taken and the rest refused once their turn comes.
scenarios['one-action-at-a-time-concurrent-actions'] = async (client, workflowId) => {
  const handle = await toCabinet(client, workflowId);
  const together = (sends: Promise<unknown>[]) => Promise.allSettled(sends);
  await together([1, 2, 3].map(() => handle.executeUpdate(recordCabinetDecision, { args: [{ decision: decision(false) }] })));
  await together(
    ['E10000002', 'E10000014', 'E10000002', 'E10000014'].map((councilCode) =>
      handle.executeUpdate(signPartnership, { args: [{ councilCode }] }),
    ),
  );
  await untilPlanned(client, workflowId);
  const today = new Date().toISOString().slice(0, 10);
  const review = { kind: 'periodic' as const, reviewDate: today, ragRating: 'green' as const, findings: 'recorded' };
  await together([1, 2, 3].map(() => handle.executeUpdate(recordReview, { args: [{ review }] })));
  await together(
    [1, 2].map(() => handle.executeUpdate(requestExit, { args: [{ trigger: 'long_term_solution', reason: 'a lasting arrangement' }] })),
  );
};

/**
 * A webhook subscription's delivery: a redelivery asked for before the run, a poll that finds
 * nothing, then two events: the first taken on its third attempt, the second never, so the
 * subscription is marked failing and the workflow ends.
 */
const WEBHOOK_SCENARIO = 'redelivered-retried-then-failing';
const webhookBatches: WebhookEventsBatch[] = [
  { active: true, events: [] },
  {
    active: true,
    events: ['11', '12'].map((eventId) => ({ eventId, position: { xactId: '900', eventId } })),
  },
];
let firstEventAttempts = 0;
const webhookActivities = {
  nextWebhookEvents: async () => webhookBatches.shift() ?? { active: false, events: [] },
  deliverWebhookEvent: async ({ eventId }: { eventId: string }) => {
    if (eventId === '12' || (eventId === '11' && (firstEventAttempts += 1) < 3)) throw new Error('the receiver answered 503');
  },
  markWebhookSubscriptionFailing: async () => undefined,
};

async function recordWebhookDelivery(client: Client): Promise<void> {
  const input: WebhookDeliveryInput = {
    subscriptionId: 'fixture',
    retryInitialIntervalMs: 50,
    retryMaximumIntervalMs: 200,
    giveUpAfterMs: 6_000,
    pollIntervalMs: 100,
    pendingRedeliveries: ['7'],
  };
  const handle = await client.workflow.start(WEBHOOK_DELIVERY_WORKFLOW_TYPE, {
    taskQueue,
    workflowId: `webhook-fixture-${WEBHOOK_SCENARIO}`,
    args: [input],
  });
  await handle.result();
  await mkdir(webhookFixtures, { recursive: true });
  await writeFile(path.join(webhookFixtures, `${WEBHOOK_SCENARIO}.json`), `${historyToJSON(await handle.fetchHistory())}\n`);
  console.log(`recorded ${WEBHOOK_SCENARIO}`);
}

// Histories recorded after actions that need the capacity check's verdict were let wait for it
// (patch 'actions-wait-for-capacity-check'): a send-back sent while a failing check runs.
scenarios['actions-wait-for-capacity-check-sent-back'] = async (client, workflowId) => {
  const handle = client.workflow.getHandle(workflowId);
  await handle.executeUpdate(submitPartnership, { args: [{}] });
  await handle.executeUpdate(endorsePartnership, { args: [{}] });
  await handle.executeUpdate(sendBackPartnership, { args: [{ comment: 'find cover first' }] });
  await handle.executeUpdate(withdrawPartnership, { args: [{ comment: 'not this year' }] });
};

async function untilPlanned(client: Client, workflowId: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await client.workflow.getHandle(workflowId).query(workflowState)).activeLife) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${workflowId} never planned its active life`);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const scratch = await mkdtemp(path.join(tmpdir(), 'accord-histories-'));
  const binaries = await ensureTemporalBinaries({ toolsDir: path.join(root, '.tools') });
  const server = new TemporalDevServer({
    cli: binaries.cli,
    dbFile: path.join(scratch, 'temporal.db'),
    port: await getPort(),
    searchAttributes: PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS,
  });
  await server.start();
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    ...workflowSource(),
    // Activity results are recorded in history; their bodies do not matter for replay.
    // The writes that an action awaits take a moment, as in life, so copies sent together overlap.
    activities: {
      recordStageChange: () => delay(20),
      // A partnership whose id says so fails its check, slowly enough for an action to arrive meanwhile.
      checkPartnershipCapacity: async (partnershipId: string) => {
        if (!partnershipId.includes('capacity-check')) return { outcome: 'pass', summary: 'recorded' };
        await delay(500);
        return { outcome: 'fail', summary: 'recorded' };
      },
      recordCabinetDecision: async ({ decision: recorded }: { decision: CabinetDecisionInput }) => {
        await delay(20);
        return {
          decisionRecordId: 'recorded',
          status: recorded.status,
          subjectToCallIn: recorded.subjectToCallIn,
          // A window that stays open while the scenario calls the decision in.
          callInClosesAtMs: recorded.subjectToCallIn ? Date.now() + 3_600_000 : null,
          callInQuorum: 5,
        };
      },
      endPartnershipSecondments: async () => 0,
      signOffTiming: async () => ({ remindAfterMs: 3_600_000, escalateAfterMs: 7_200_000 }),
      recordSignOffChase: async () => undefined,
      recordSignature: () => delay(20),
      changeDecisionStatus: async () => undefined,
      // An active life whose clocks all lie years ahead, so the scenario's own actions end it.
      planActiveLife: async () => ({ endsOn: '2099-12-31', firstReviewOn: '2099-06-30', clocks: [] }),
      keepSecondmentsInStep: async () => ({ nextChangeOn: null }),
      recordDueDate: async () => undefined,
      recordReview: async () => {
        await delay(20);
        return { reviewId: 'recorded' };
      },
      recordReinspection: async () => undefined,
      ...webhookActivities,
    },
  });
  const client = new Client({ connection: await Connection.connect({ address: server.address }) });
  try {
    await worker.runUntil(async () => {
      await mkdir(fixtures, { recursive: true });
      for (const [name, scenario] of Object.entries(scenarios)) {
        if (only.length > 0 && !only.includes(name)) continue;
        const workflowId = `partnership-fixture-${name}`;
        const handle = await client.workflow.start('partnershipWorkflow', {
          taskQueue,
          workflowId,
          args: [{ partnershipId: `fixture-${name}` }],
        });
        await scenario(client, workflowId);
        await handle.result();
        const history = historyToJSON(await handle.fetchHistory());
        await writeFile(path.join(fixtures, `${name}.json`), `${history}\n`);
        console.log(`recorded ${name}`);
      }
      if (only.length === 0 || only.includes(WEBHOOK_SCENARIO)) await recordWebhookDelivery(client);
    });
  } finally {
    await client.connection.close();
    await nativeConnection.close();
    await server.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
