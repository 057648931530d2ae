// Partnership workflow benchmark (issue: Benchmark, B1). One command: `npm run bench:workflow`.
// The real partnership workflow with its real activities (PostgreSQL) against a skeleton that
// accepts the same Updates and calls the same activities with empty bodies, on the same Temporal
// dev server (SQLite in WAL mode) and worker options, in the same run: skeleton and real rounds
// alternate after a warm-up of each, and each figure is the median over the rounds.
import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { writeWorkflowBundle } from '../apps/worker/src/workflow-bundle.js';
import { runMigrations } from '#persistence';
import { seedReferenceCouncils } from '#reference-data';
import { partnershipWorkflowId } from '#workflows';
import {
  LEAD_COUNCIL,
  runRound,
  SUPPORTED_COUNCIL,
  timedActivities,
  type ActivityTimes,
  type BenchSide,
  type RoundResult,
} from './partnership-drive.js';
import { startBenchStack } from './bench-stack.js';
import { reportWorkflowBench } from './partnership-report.js';
import { emptyPartnershipActivities } from './skeleton/skeleton.activities.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, '.test-data', `bench-workflow-${process.pid}`);
const say = (line: string) => console.log(`bench: ${line}`);
const SQLITE_PRAGMAS = ['journal_mode=WAL', 'synchronous=NORMAL'];

/** `--partnerships 60 --in-flight 20 --rounds 5`, or BENCH_PARTNERSHIPS, BENCH_IN_FLIGHT, BENCH_ROUNDS. */
function benchOptions() {
  const { values } = parseArgs({
    options: { partnerships: { type: 'string' }, 'in-flight': { type: 'string' }, rounds: { type: 'string' } },
  });
  const count = (flag: string | undefined, variable: string, fallback: number) => {
    const raw = flag ?? process.env[variable] ?? String(fallback);
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${variable} must be a whole number above 0, not ${raw}`);
    return value;
  };
  return {
    partnerships: count(values.partnerships, 'BENCH_PARTNERSHIPS', 60),
    inFlight: count(values['in-flight'], 'BENCH_IN_FLIGHT', 20),
    rounds: count(values.rounds, 'BENCH_ROUNDS', 5),
  };
}

async function main(): Promise<void> {
  const options = benchOptions();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const stack = await startBenchStack(dataDir, 'accord_bench', { sqlitePragmas: SQLITE_PRAGMAS });
  const { database, temporal } = stack;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    await runMigrations({ url: database.url }, { applicationUrl: database.applicationUrl });
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    closers.push(() => sql.end());
    await seedReferenceCouncils(sql);

    say('bundling the partnership workflow and the skeleton…');
    const realBundle = await writeWorkflowBundle(path.join(dataDir, 'partnership-bundle.js'));
    const skeletonBundle = await bundleWorkflowCode({
      workflowsPath: path.join(import.meta.dirname, 'skeleton', 'partnership-skeleton.workflow.ts'),
      logger: silentLogger,
    });

    // The worker's own module graph, from the build: tsx emits no decorator metadata for Nest's injection.
    // The worker runs alone here (no API beside it), so it takes the whole pool a box this size allows.
    Object.assign(process.env, {
      DATABASE_URL: database.applicationUrl,
      DATABASE_POOL_MAX: '10',
      TEMPORAL_ADDRESS: temporal.address,
      LOG_LEVEL: 'warn',
    });
    const dist = (file: string) => pathToFileURL(path.join(root, 'dist', file)).href;
    const { WorkerModule } = (await import(
      dist('apps/worker/src/worker.module.js')
    )) as typeof import('../apps/worker/src/worker.module.js');
    const { partnershipActivitiesOf } = (await import(
      dist('apps/worker/src/partnership-worker.js')
    )) as typeof import('../apps/worker/src/partnership-worker.js');
    const context: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    closers.push(() => context.close());

    const connection = await NativeConnection.connect({ address: temporal.address });
    closers.push(() => connection.close());
    // As createPartnershipWorker sets them, for both workers alike.
    const workerOptions = { connection, namespace: 'default', maxCachedWorkflows: 500, shutdownGraceTime: '10 seconds' };
    const times: ActivityTimes = { current: {} };
    const real = await Worker.create({
      ...workerOptions,
      taskQueue: 'bench-partnership',
      workflowBundle: { codePath: realBundle },
      activities: timedActivities(partnershipActivitiesOf(context), times),
    });
    const skeleton = await Worker.create({
      ...workerOptions,
      taskQueue: 'bench-skeleton',
      workflowBundle: skeletonBundle,
      activities: timedActivities(emptyPartnershipActivities(), times),
    });
    const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
    closers.push(() => client.connection.close());

    const sides = { skeleton: skeletonSide(), real: realSide(sql) };
    const rounds = await real.runUntil(skeleton.runUntil(measure(client, sides, times, options)));
    const report = path.join(root, 'reports', 'bench-partnership-workflow.json');
    await reportWorkflowBench(report, { options, sqlitePragmas: SQLITE_PRAGMAS }, rounds);
    say(`wrote ${path.relative(root, report)}`);
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function skeletonSide(): BenchSide {
  return {
    name: 'skeleton',
    workflowType: 'partnershipSkeletonWorkflow',
    taskQueue: 'bench-skeleton',
    workflowId: (id) => `skeleton-${id}`,
    prepare: async (count) => Array.from({ length: count }, () => randomUUID()),
  };
}

/** Draft partnerships as the API saves them, planned from today for three years so they stay active. */
function realSide(sql: pg.Client): BenchSide {
  return {
    name: 'real',
    workflowType: 'partnershipWorkflow',
    taskQueue: 'bench-partnership',
    workflowId: partnershipWorkflowId,
    prepare: async (count) => {
      const ids = Array.from({ length: count }, () => randomUUID());
      const end = new Date();
      end.setUTCFullYear(end.getUTCFullYear() + 3);
      await sql.query(
        `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, stage, workflow_id)
         SELECT id, 'Hampshire support for Buckinghamshire', $3, $4, current_date, $5, 'draft', workflow_id
         FROM unnest($1::uuid[], $2::text[]) AS p (id, workflow_id)`,
        [ids, ids.map(partnershipWorkflowId), LEAD_COUNCIL, SUPPORTED_COUNCIL, end.toISOString().slice(0, 10)],
      );
      return ids;
    },
  };
}

async function measure(
  client: Client,
  sides: { skeleton: BenchSide; real: BenchSide },
  times: ActivityTimes,
  options: ReturnType<typeof benchOptions>,
) {
  const play = async (side: BenchSide, label: string) => {
    const result = await runRound(client, side, times, { count: options.partnerships, inFlight: options.inFlight });
    say(`${label} ${side.name}: ${options.partnerships} partnerships in ${result.seconds.toFixed(1)}s`);
    return result;
  };
  await play(sides.skeleton, 'warm-up');
  await play(sides.real, 'warm-up');
  const rounds = { skeleton: [] as RoundResult[], real: [] as RoundResult[] };
  for (let round = 1; round <= options.rounds; round += 1) {
    rounds.skeleton.push(await play(sides.skeleton, `round ${round}`));
    rounds.real.push(await play(sides.real, `round ${round}`));
  }
  return rounds;
}

const ignore = (): void => undefined;
const silentLogger = { log: ignore, trace: ignore, debug: ignore, info: ignore, warn: ignore, error: ignore };

await main();
