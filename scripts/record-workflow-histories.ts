// Records event histories of completed partnership workflows as JSON fixtures for the
// replay test (libs/workflows/src/partnership.replay.integration-spec.ts). Run it when a
// workflow change is shipped on purpose: `npx tsx scripts/record-workflow-histories.ts`.
// Existing fixtures are the histories of code already in use, so keep them and add new ones.
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import getPort from 'get-port';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workflowSource } from '../apps/worker/src/workflow-source.js';
import { ensureTemporalBinaries, TemporalDevServer } from '../libs/local-stack/src/index.js';
import { submitPartnership, withdrawPartnership } from '../libs/workflows/src/partnership.contract.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test', 'fixtures', 'histories', 'partnership');
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
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const scratch = await mkdtemp(path.join(tmpdir(), 'accord-histories-'));
  const binaries = await ensureTemporalBinaries({ toolsDir: path.join(root, '.tools') });
  const server = new TemporalDevServer({ cli: binaries.cli, dbFile: path.join(scratch, 'temporal.db'), port: await getPort() });
  await server.start();
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    ...workflowSource(),
    // Activity results are recorded in history; their bodies do not matter for replay.
    activities: {
      recordStageChange: async () => undefined,
      checkPartnershipCapacity: async () => ({ outcome: 'pass', summary: 'recorded' }),
      recordCabinetDecision: async () => ({
        decisionRecordId: 'recorded',
        status: 'recommendations_approved',
        subjectToCallIn: false,
        callInClosesAtMs: null,
      }),
      endPartnershipSecondments: async () => 0,
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
    });
  } finally {
    await client.connection.close();
    await nativeConnection.close();
    await server.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
