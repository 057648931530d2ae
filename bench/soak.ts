// Soak (issue 15): `npm run soak`, never part of `npm test`. Starts the built API and worker as
// real processes on a database and Temporal of their own, sends a steady mix of traffic (reads,
// bookings, partnership actions) for SOAK_MINUTES (20 by default), samples both processes' RSS,
// and after SOAK_WARMUP_MINUTES (2) checks that neither grew by 10% or more and that p99 latency
// did not drift upward. Writes reports/soak.md and reports/soak.json.
import getPort from 'get-port';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { createAdmin } from '#access';
import { runMigrations } from '#persistence';
import { seedReferenceCouncils } from '#reference-data';
import { startBenchStack } from './bench-stack.js';
import { percentile } from './measure.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 20);
const WARMUP_MINUTES = Number(process.env.SOAK_WARMUP_MINUTES ?? 2);
const REQUESTS_PER_SECOND = Number(process.env.SOAK_RATE ?? 5);
/** Workflows the worker keeps cached; the partnerships made in the warm-up fill it. */
const WORKER_CACHE = Number(process.env.SOAK_WORKER_CACHE ?? 20);
const SAMPLE_MS = 10_000;
/** RSS may grow by less than this share after the warm-up. */
const RSS_GROWTH_LIMIT = 0.1;
/** The last third's p99 may exceed the first third's by less than this factor (noise on a shared box), else it drifted. */
const P99_DRIFT_LIMIT = 1.25;
const LEAD = 'E10000014'; // Hampshire
const SUPPORTED = 'E10000002'; // Buckinghamshire
const PEPPER = 'soak-pepper-that-is-at-least-thirty-two-characters';

const root = path.resolve(import.meta.dirname, '..');
const dist = (file: string) => path.join(root, 'dist', file);
const say = (line: string) => console.log(`soak: ${line}`);

interface Sample {
  atMs: number;
  apiRssMb: number;
  workerRssMb: number;
}

interface Outcome {
  atMs: number;
  kind: string;
  ms: number;
  status: number;
}

async function main(): Promise<void> {
  const dataDir = path.join(root, '.test-data', `soak-${process.pid}`);
  const stack = await startBenchStack(dataDir, 'accord_soak');
  const { database, temporal } = stack;
  const processes: ChildProcess[] = [];
  try {
    await runMigrations({ url: database.url }, { applicationUrl: database.applicationUrl });
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    await seedReferenceCouncils(owner).finally(() => owner.end());
    const admin = await createAdmin(database.url, PEPPER, 'Soak administrator');
    const port = await getPort();
    const environment = {
      ...process.env,
      DATABASE_URL: database.applicationUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: 'soak-partnerships',
      WORKFLOW_BUNDLE_PATH: dist('workflow-bundle.js'),
      API_KEY_PEPPER: PEPPER,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
      // The worker's sticky cache is bounded (500 workflows by default, about 0.4 MB each); at this
      // rate it would fill for half an hour, which is growth by design, not a leak. A cache that
      // fills during the warm-up leaves the worker's RSS to show whether anything else grows.
      WORKER_MAX_CACHED_WORKFLOWS: String(WORKER_CACHE),
    };
    const api = spawn(process.execPath, [dist('apps/api/src/main.js')], {
      env: { ...environment, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const worker = spawn(process.execPath, [dist('apps/worker/src/main.js')], { env: environment, stdio: ['ignore', 'ignore', 'inherit'] });
    processes.push(api, worker);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/ready`);
    const traffic = new Traffic(base, admin.key);
    await traffic.prepare();
    say(`API pid ${api.pid}, worker pid ${worker.pid}; ${MINUTES} min at ${REQUESTS_PER_SECOND} req/s, warm-up ${WARMUP_MINUTES} min`);

    const samples: Sample[] = [];
    const outcomes: Outcome[] = [];
    const started = Date.now();
    const endAt = started + MINUTES * 60_000;
    const sampler = setInterval(() => {
      void Promise.all([rssMb(api.pid), rssMb(worker.pid)]).then(([apiRssMb, workerRssMb]) =>
        samples.push({ atMs: Date.now() - started, apiRssMb, workerRssMb }),
      );
    }, SAMPLE_MS);
    const inFlight = new Set<Promise<void>>();
    for (let tick = 0; Date.now() < endAt; tick += 1) {
      const due = started + (tick * 1000) / REQUESTS_PER_SECOND;
      if (due > Date.now()) await delay(due - Date.now());
      const request = traffic.next(tick).then((outcome) => void outcomes.push({ ...outcome, atMs: Date.now() - started }));
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
      if (tick % (REQUESTS_PER_SECOND * 60) === 0 && tick > 0)
        say(`${Math.round((Date.now() - started) / 60_000)} min: ${outcomes.length} requests`);
    }
    await Promise.all(inFlight);
    clearInterval(sampler);
    const report = analyse(samples, outcomes);
    await mkdir(path.join(root, 'reports'), { recursive: true });
    await writeFile(path.join(root, 'reports', 'soak.json'), `${JSON.stringify({ samples, summary: report.summary }, null, 2)}\n`);
    await writeFile(path.join(root, 'reports', 'soak.md'), report.markdown);
    console.log(report.markdown);
    if (!report.passed) process.exitCode = 1;
  } finally {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.allSettled(
      processes.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)),
    );
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The mix: 70% reads (capacity timeline, lists, a partnership), 20% bookings, 10% partnership actions. */
class Traffic {
  private staff: string[] = [];
  private bookingPartnership = '';
  private partnerships: string[] = [];
  private teamId = '';

  constructor(
    private readonly base: string,
    private readonly key: string,
  ) {}

  async prepare(): Promise<void> {
    const team = await this.call('POST', '/api/v1/teams', {
      councilCode: LEAD,
      name: 'Soak team',
      establishmentFte: 40,
      retentionFloor: 0.5,
    });
    this.teamId = (team.body as { id: string }).id;
    for (let person = 0; person < 40; person += 1) {
      const member = await this.call('POST', '/api/v1/staff', {
        teamId: this.teamId,
        displayName: `Soak Staff ${person}`,
        role: 'social_worker',
        contractedFte: 1,
        employmentStart: '2015-01-05',
      });
      this.staff.push((member.body as { id: string }).id);
    }
    this.bookingPartnership = await this.newPartnership();
  }

  async next(tick: number): Promise<Omit<Outcome, 'atMs'>> {
    const slot = tick % 10;
    if (slot < 7) return this.read(tick);
    if (slot < 9) return this.book(tick);
    return this.partnershipAction(tick);
  }

  private async read(tick: number): Promise<Omit<Outcome, 'atMs'>> {
    const paths = [
      `/api/v1/councils/${LEAD}/capacity?from=2027-01-04&to=2027-12-27&granularity=week`,
      `/api/v1/secondments?councilCode=${LEAD}&limit=50`,
      '/api/v1/partnerships?limit=50',
      `/api/v1/partnerships/${this.partnerships[tick % Math.max(1, this.partnerships.length)] ?? this.bookingPartnership}`,
    ];
    const kinds = ['read capacity timeline', 'read secondments', 'read partnerships', 'read one partnership'];
    return this.timed(kinds[tick % paths.length], () => this.call('GET', paths[tick % paths.length]));
  }

  private book(tick: number): Promise<Omit<Outcome, 'atMs'>> {
    const day = new Date(Date.UTC(2027, 0, 1 + (tick % 360))).toISOString().slice(0, 10);
    return this.timed('booking', () =>
      this.call('POST', '/api/v1/secondments', {
        staffMemberId: this.staff[tick % this.staff.length],
        partnershipId: this.bookingPartnership,
        fte: 0.001,
        start: day,
        end: day,
      }),
    );
  }

  /** A new partnership one time, submitted the next (a workflow Update), read the third. */
  private partnershipAction(tick: number): Promise<Omit<Outcome, 'atMs'>> {
    const step = Math.floor(tick / 10) % 2;
    const pending = this.partnerships.at(-1);
    if (step === 1 && pending) {
      return this.timed('partnership submit', () => this.call('POST', `/api/v1/partnerships/${pending}/actions/submit`, {}));
    }
    return this.timed('partnership create', async () => {
      const response = await this.call('POST', '/api/v1/partnerships', partnershipBody());
      if (response.status === 201) this.partnerships.push((response.body as { id: string }).id);
      return response;
    });
  }

  private async newPartnership(): Promise<string> {
    const response = await this.call('POST', '/api/v1/partnerships', partnershipBody());
    if (response.status !== 201) throw new Error(`creating a partnership answered ${response.status}: ${JSON.stringify(response.body)}`);
    return (response.body as { id: string }).id;
  }

  private async timed(kind: string, work: () => Promise<{ status: number }>): Promise<Omit<Outcome, 'atMs'>> {
    const started = process.hrtime.bigint();
    const status = await work().then(
      (response) => response.status,
      () => 0, // no answer at all
    );
    return { kind, status, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  }

  private async call(method: string, url: string, body?: object): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.base}${url}`, {
      method,
      headers: { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  }
}

function partnershipBody(): object {
  return {
    title: 'Soak partnership',
    leadCouncilCode: LEAD,
    supportedCouncilCode: SUPPORTED,
    plannedStart: '2027-01-04',
    plannedEnd: '2028-12-29',
  };
}

async function rssMb(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

function analyse(samples: Sample[], outcomes: Outcome[]) {
  const warmupMs = WARMUP_MINUTES * 60_000;
  const measured = samples.filter((sample) => sample.atMs >= warmupMs);
  const after = outcomes.filter((outcome) => outcome.atMs >= warmupMs);
  const span = MINUTES * 60_000 - warmupMs;
  const third = (index: number) =>
    after.filter((outcome) => outcome.atMs >= warmupMs + (index * span) / 3 && outcome.atMs < warmupMs + ((index + 1) * span) / 3);
  const p99 = (list: Outcome[]) =>
    list.length
      ? Math.round(
          percentile(
            list.map((outcome) => outcome.ms),
            0.99,
          ) * 10,
        ) / 10
      : Number.NaN;
  const growth = (pick: (sample: Sample) => number) =>
    measured.length < 2 ? Number.NaN : Math.round(((pick(measured.at(-1) as Sample) - pick(measured[0])) / pick(measured[0])) * 1000) / 10;
  const apiGrowth = growth((sample) => sample.apiRssMb);
  const workerGrowth = growth((sample) => sample.workerRssMb);
  const [firstP99, lastP99] = [p99(third(0)), p99(third(2))];
  const serverErrors = outcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0).length;
  const checks = {
    apiRss: apiGrowth < RSS_GROWTH_LIMIT * 100,
    workerRss: workerGrowth < RSS_GROWTH_LIMIT * 100,
    p99: lastP99 < firstP99 * P99_DRIFT_LIMIT,
    noServerErrors: serverErrors === 0,
  };
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const minutes = Array.from({ length: MINUTES }, (_, minute) => {
    const inMinute = outcomes.filter((outcome) => outcome.atMs >= minute * 60_000 && outcome.atMs < (minute + 1) * 60_000);
    const sample = samples.filter((one) => one.atMs < (minute + 1) * 60_000).at(-1);
    const p50 = inMinute.length
      ? Math.round(
          percentile(
            inMinute.map((outcome) => outcome.ms),
            0.5,
          ) * 10,
        ) / 10
      : Number.NaN;
    return `| ${minute + 1}${minute < WARMUP_MINUTES ? ' (warm-up)' : ''} | ${inMinute.length} | ${p50} | ${p99(inMinute)} | ${sample?.apiRssMb ?? ''} | ${sample?.workerRssMb ?? ''} |`;
  });
  const statuses = new Map<string, number>();
  for (const outcome of outcomes)
    statuses.set(`${outcome.kind} ${outcome.status}`, (statuses.get(`${outcome.kind} ${outcome.status}`) ?? 0) + 1);
  const summary = {
    minutes: MINUTES,
    warmupMinutes: WARMUP_MINUTES,
    requestsPerSecond: REQUESTS_PER_SECOND,
    requests: outcomes.length,
    apiRssGrowthPercent: apiGrowth,
    workerRssGrowthPercent: workerGrowth,
    p99FirstThirdMs: firstP99,
    p99LastThirdMs: lastP99,
    serverErrors,
    workerCachedWorkflows: WORKER_CACHE,
    verdicts: Object.fromEntries(Object.entries(checks).map(([name, ok]) => [name, verdict(ok)])),
  };
  const markdown = [
    `# Soak: ${MINUTES} min at ${REQUESTS_PER_SECOND} req/s (70% reads, 20% bookings, 10% partnership actions), warm-up ${WARMUP_MINUTES} min`,
    '',
    `The worker keeps at most ${WORKER_CACHE} workflows cached (WORKER_MAX_CACHED_WORKFLOWS; 500 in production, about 0.4 MB each), ` +
      'so its cache is full by the end of the warm-up and any later growth is not the cache.',
    '',
    '| minute | requests | p50 ms | p99 ms | API RSS MB | worker RSS MB |',
    '|---|---|---|---|---|---|',
    ...minutes,
    '',
    '| check (after the warm-up) | figure | target | verdict |',
    '|---|---|---|---|',
    `| API RSS growth | ${apiGrowth}% | < ${RSS_GROWTH_LIMIT * 100}% | ${verdict(checks.apiRss)} |`,
    `| worker RSS growth | ${workerGrowth}% | < ${RSS_GROWTH_LIMIT * 100}% | ${verdict(checks.workerRss)} |`,
    `| p99, last third vs first third | ${lastP99} ms vs ${firstP99} ms | < ${P99_DRIFT_LIMIT}× | ${verdict(checks.p99)} |`,
    `| server errors (5xx or no answer) | ${serverErrors} | 0 | ${verdict(checks.noServerErrors)} |`,
    '',
    'Answers by kind and status: ' + [...statuses].map(([key, count]) => `${key}: ${count}`).join(', '),
    '',
  ].join('\n');
  return { summary, markdown, passed: Object.values(checks).every(Boolean) };
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await delay(500);
  }
  throw new Error(`${url} did not become ready`);
}

await main();
