// Replica benchmark (issue 16). `npm run bench:replicas` (builds first), or after a build
// `npx tsx bench/replicas.bench.ts [--partnerships 30] [--in-flight 10]`.
// Partnerships driven over HTTP through HAProxy from creation to active (submit, endorse, the
// capacity check, the Cabinet decision, two signatures), with 1 API and 1 worker, 1 API and 2
// workers, and 2 APIs and 2 workers, in the same run on the same PostgreSQL and Temporal dev
// server (each configuration on a task queue of its own). Reports throughput and the p95 of the
// actions, which are Temporal Updates answered once the workflow has recorded them.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateApiKey, hashApiKeySecret } from '#access';
import { addMonths, dateOfInstant } from '#domain';
import { availableParallelism } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { percentile } from './measure.js';
import { cpuSecondsBetween, cpuSecondsByComponent } from './process-cpu.js';
import { projectRoot, startReplicaSystem } from '../scripts/replica-system.js';

const say = (line: string) => console.log(`bench: ${line}`);
const LEAD = 'E10000014';
const SUPPORTED = 'E10000002';
const CONFIGURATIONS = [
  { apis: 1, workers: 1 },
  { apis: 1, workers: 2 },
  { apis: 2, workers: 2 },
];

type Person = 'chief' | 'director' | 'clerk' | 'supportedChief';

async function createKeys(databaseUrl: string, pepper: string): Promise<Record<Person, string>> {
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const keys = {} as Record<Person, string>;
    for (const [who, role, council] of [
      ['chief', 'chief_executive', LEAD],
      ['director', 'director', LEAD],
      ['clerk', 'democratic_services', LEAD],
      ['supportedChief', 'chief_executive', SUPPORTED],
    ] as const) {
      const principal = await sql.query<{ id: string }>(
        `INSERT INTO principal (name, kind, role, council_code) VALUES ($1, 'person', $2, $3) RETURNING id`,
        [`Bench ${who}`, role, council],
      );
      const key = generateApiKey();
      await sql.query(`INSERT INTO api_key (principal_id, prefix, secret_hash, scopes) VALUES ($1, $2, $3, '{}')`, [
        principal.rows[0].id,
        key.prefix,
        hashApiKeySecret(key.secret, pepper),
      ]);
      keys[who] = key.key;
    }
    return keys;
  } finally {
    await sql.end();
  }
}

function driver(url: string, keys: Record<Person, string>, actionMs: number[]) {
  const call = async (who: Person, method: string, route: string, body?: object) => {
    const response = await fetch(`${url}${route}`, {
      method,
      headers: {
        authorization: `Bearer ${keys[who]}`,
        ...(body && { 'content-type': 'application/json', 'idempotency-key': randomUUID() }),
      },
      body: body && JSON.stringify(body),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer;
  };
  const act = async (who: Person, id: string, action: string, body: object = {}) => {
    const started = performance.now();
    await call(who, 'POST', `/api/v1/partnerships/${id}/actions/${action}`, body);
    actionMs.push(performance.now() - started);
  };
  return async function driveToActive(): Promise<void> {
    const today = dateOfInstant(Date.now());
    const { id } = (await call('chief', 'POST', '/api/v1/partnerships', {
      title: `Bench partnership ${randomUUID().slice(0, 8)}`,
      leadCouncilCode: LEAD,
      supportedCouncilCode: SUPPORTED,
      plannedStart: today,
      plannedEnd: addMonths(today, 36),
    })) as { id: string };
    await act('chief', id, 'submit');
    await act('director', id, 'endorse');
    // The capacity check runs in the workflow after the endorsement.
    while ((await call('chief', 'GET', `/api/v1/partnerships/${id}`)).stage !== 'cabinet_decision') {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await act('clerk', id, 'cabinet-decision', {
      title: 'Improvement partnership',
      decisionMaker: 'cabinet',
      decisionMakerName: 'Cabinet',
      meetingName: 'Cabinet',
      meetingDate: today,
      decisionText: 'That Cabinet approves the partnership.',
      status: 'recommendations_approved',
      isKeyDecision: false,
      subjectToCallIn: false,
      decisionDate: today,
      publicationDate: today,
    });
    await act('supportedChief', id, 'sign');
    await act('chief', id, 'sign');
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { partnerships: { type: 'string' }, 'in-flight': { type: 'string' } } });
  const partnerships = Number(values.partnerships ?? process.env.BENCH_PARTNERSHIPS ?? 30);
  const inFlight = Number(values['in-flight'] ?? process.env.BENCH_IN_FLIGHT ?? 10);
  const system = await startReplicaSystem({ dataDir: path.join(projectRoot, '.test-data', `bench-replicas-${process.pid}`), log: say });
  const results: string[] = [];
  const breakdowns: string[] = [];
  try {
    const keys = await createKeys(system.database.url, system.apiKeyPepper);
    for (const shape of CONFIGURATIONS) {
      const stack = await system.startReplicas({ ...shape, taskQueue: `bench-${shape.apis}-${shape.workers}` });
      try {
        const actionMs: number[] = [];
        const drive = driver(stack.url, keys, actionMs);
        await drive(); // warm-up: first Updates, caches, connections
        actionMs.length = 0;
        let next = 0;
        const cpuBefore = cpuSecondsByComponent();
        const started = performance.now();
        await Promise.all(
          Array.from({ length: inFlight }, async () => {
            while (next < partnerships) {
              next += 1;
              await drive();
            }
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        const cpu = cpuSecondsBetween(cpuBefore, cpuSecondsByComponent());
        const line =
          `${shape.apis} API, ${shape.workers} worker${shape.workers > 1 ? 's' : ''}: ${partnerships} partnerships to active in ${seconds.toFixed(1)} s ` +
          `= ${(partnerships / seconds).toFixed(2)}/s; action (Update) p50 ${percentile(actionMs, 0.5).toFixed(0)} ms, p95 ${percentile(actionMs, 0.95).toFixed(0)} ms`;
        say(line);
        results.push(line);
        breakdowns.push(
          whereTheTimeWent(`${shape.apis} API, ${shape.workers} worker${shape.workers > 1 ? 's' : ''}`, cpu, seconds, partnerships),
        );
      } finally {
        await stack.stop();
      }
    }
  } finally {
    await system.stop();
  }
  say(`${partnerships} partnerships, ${inFlight} in flight, through HAProxy:`);
  for (const line of results) say(`  ${line}`);
  const components = [...CPU_COMPONENTS].join(' | ');
  const report = [
    `# Replicas: partnerships driven to active through HAProxy (${new Date().toISOString().slice(0, 16)}Z)`,
    '',
    `${partnerships} partnerships, ${inFlight} in flight, on ${availableParallelism()} CPUs shared by every process below.`,
    '',
    ...results.map((line) => `- ${line}`),
    '',
    '## Where the time goes: CPU milliseconds per partnership, by process',
    '',
    `| configuration | ${components} | machine busy |`,
    `|---|${[...CPU_COMPONENTS].map(() => '---|').join('')}---|`,
    ...breakdowns,
    '',
  ].join('\n');
  await mkdir(path.join(projectRoot, 'reports', 'bench'), { recursive: true });
  await writeFile(path.join(projectRoot, 'reports', 'bench', 'replicas.md'), report);
  console.log(report);
}

const CPU_COMPONENTS = ['API', 'worker', 'Temporal server', 'PostgreSQL', 'HAProxy', 'benchmark driver', 'other'];

/** One table row: each part's CPU per partnership, and how busy the machine's cores were over the run. */
function whereTheTimeWent(configuration: string, cpu: Map<string, number>, seconds: number, partnerships: number): string {
  const perPartnership = CPU_COMPONENTS.map((name) => ((1000 * (cpu.get(name) ?? 0)) / partnerships).toFixed(0));
  const total = [...cpu.values()].reduce((sum, value) => sum + value, 0);
  const busy = total / (seconds * availableParallelism());
  return `| ${configuration} | ${perPartnership.join(' | ')} | ${(100 * busy).toFixed(0)}% |`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
