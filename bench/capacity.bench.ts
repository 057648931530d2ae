// Capacity benchmark (issue 15). One command: `npm run bench`. Every figure is a ratio against a
// baseline measured in the same run on the same machine, the two sides alternating so that load
// from anything else running lands on both:
//  1. one request for a council's weekly capacity timeline through the API, against hand-written
//     code (one query + plain JS + JSON.stringify, bench/capacity-hand-written.ts) whose JSON is
//     first checked byte for byte against the API's;
//  2. throughput and p99 under 8 connections (autocannon) against a bare node:http server with
//     the same pool size and API-key check (bench/bare-capacity-server.ts);
//  3. how the cost grows with team-days (4 months, 1, 2 and 3 years);
//  4. booking throughput under contention (locked, checked bookings) against plain INSERTs.
// BENCH_PROFILE=1 runs the API under `node --cpu-prof` and summarises where its time went.
import getPort from 'get-port';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { createAdmin } from '#access';
import { runMigrations } from '#persistence';
import { measureBooking } from './booking.bench.js';
import { startBenchStack } from './bench-stack.js';
import { handWrittenTimeline } from './capacity-hand-written.js';
import { capacityReport, type CapacityFigures } from './capacity-report.js';
import { alternating, median, percentile } from './measure.js';
import { generateNationalData } from './national-data.js';
import { summariseProfile } from './profile-summary.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, '.test-data', `bench-${process.pid}`);
const reportDir = path.join(root, 'reports', 'bench');
const profileDir = path.join(reportDir, 'profiles');
const PROFILE = process.env.BENCH_PROFILE === '1';
const PEPPER = 'bench-pepper-that-is-at-least-thirty-two-characters';
const POOL = 5;
const CONNECTIONS = 8;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const say = (line: string) => console.log(`bench: ${line}`);
const loads: { phase: string; loadAverage1m: number }[] = [];
/** For CPU per request in the profiles: every request each server answered, checks and warm-ups included. */
const requestsServed = { api: 0, bareServer: 0 };
const profiled: { api?: number; bareServer?: number } = {};
const noteLoad = (phase: string) => loads.push({ phase, loadAverage1m: round(os.loadavg()[0]) });

/** Two-year weekly timeline: the figure issue 15 quotes; the others show how cost grows with team-days. */
const RANGES = [
  { name: '4 months', from: '2024-01-01', to: '2024-04-30' },
  { name: '1 year', from: '2024-01-01', to: '2024-12-31' },
  { name: '2 years', from: '2024-01-01', to: '2025-12-28' },
  { name: '3 years', from: '2024-01-01', to: '2026-12-31' },
] as const;
const MAIN = RANGES[2];

async function main(): Promise<void> {
  await mkdir(reportDir, { recursive: true });
  const stack = await startBenchStack(dataDir, 'accord_bench');
  const { database, temporal } = stack;
  const client = new pg.Client({ connectionString: database.applicationUrl });
  const children: ChildProcess[] = [];
  try {
    await runMigrations({ url: database.url }, { applicationUrl: database.applicationUrl });
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    say('generating national-scale data…');
    const counts = await generateNationalData(owner);
    await owner.end();
    say(`generated ${JSON.stringify(counts)}`);
    await client.connect();
    const admin = await createAdmin(database.url, PEPPER, 'Bench administrator');
    const council = (await client.query(`SELECT code FROM council WHERE code LIKE 'E0%' ORDER BY code LIMIT 1 OFFSET 40`)).rows[0]
      .code as string;
    const teams = Number((await client.query(`SELECT count(*) FROM team WHERE council_code = $1`, [council])).rows[0].count);
    const staff = Number(
      (await client.query(`SELECT count(*) FROM staff_member m JOIN team t ON t.id = m.team_id WHERE t.council_code = $1`, [council]))
        .rows[0].count,
    );

    if (PROFILE) await mkdir(profileDir, { recursive: true });
    const apiPort = await getPort();
    const environment = {
      ...process.env,
      DATABASE_URL: database.applicationUrl,
      TEMPORAL_ADDRESS: temporal.address,
      API_KEY_PEPPER: PEPPER,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
      DATABASE_POOL_MAX: String(POOL),
    };
    const profiling = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const api = spawn(process.execPath, [...profiling, path.join(root, 'dist', 'apps', 'api', 'src', 'main.js')], {
      env: { ...environment, PORT: String(apiPort) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(api);
    const barePort = await getPort();
    const bare = spawn(process.execPath, [...profiling, '--import', 'tsx', path.join(root, 'bench', 'bare-capacity-server.ts')], {
      env: { ...environment, PORT: String(barePort) },
      stdio: ['ignore', 'ignore', 'inherit'],
      cwd: root,
    });
    children.push(bare);
    profiled.api = api.pid;
    profiled.bareServer = bare.pid;
    await Promise.all([waitFor(`http://127.0.0.1:${apiPort}/ready`), waitFor(`http://127.0.0.1:${barePort}/`)]);

    const path_ = (range: { from: string; to: string }, granularity = 'week') =>
      `/api/v1/councils/${council}/capacity?from=${range.from}&to=${range.to}&granularity=${granularity}`;
    const authorization = `Bearer ${admin.key}`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (port: number, urlPath: string) => {
      requestsServed[port === apiPort ? 'api' : 'bareServer'] += 1;
      return fetchBody(agent, port, urlPath, authorization);
    };

    say('checking the API, the bare server and the hand-written code give byte-identical JSON…');
    for (const range of [...RANGES, { ...MAIN, granularity: 'day' as const }]) {
      const granularity = 'granularity' in range ? range.granularity : 'week';
      const expected = await handWrittenTimeline(client, council, range.from, range.to, granularity);
      requireSame(`the API, ${range.name} by ${granularity}`, await get(apiPort, path_(range, granularity)), expected);
      requireSame(`the bare server, ${range.name} by ${granularity}`, await get(barePort, path_(range, granularity)), expected);
    }
    say('byte-identical on every range');

    noteLoad('one request');
    const main2y = path_(MAIN);
    const one = await alternating(ROUNDS, {
      handWritten: () => handWrittenTimeline(client, council, MAIN.from, MAIN.to, 'week'),
      bareServer: () => get(barePort, main2y),
      api: () => get(apiPort, main2y),
    });

    noteLoad('team-days');
    const growth = [];
    for (const range of RANGES) {
      const samples = await alternating(ROUNDS, {
        handWritten: () => handWrittenTimeline(client, council, range.from, range.to, 'week'),
        api: () => get(apiPort, path_(range)),
      });
      const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
      growth.push({
        range: range.name,
        teamDays: teams * days,
        handWrittenMedianMs: round(median(samples.handWritten)),
        apiMedianMs: round(median(samples.api)),
        ratio: round(median(samples.api) / median(samples.handWritten)),
      });
    }

    noteLoad('under load');
    say(`loading both servers: ${LOAD_ROUNDS} × ${LOAD_SECONDS} s each, ${CONNECTIONS} connections, alternating…`);
    const runs = { bareServer: [] as autocannon.Result[], api: [] as autocannon.Result[] };
    const load = async (port: number) => {
      const result = await autocannon({
        url: `http://127.0.0.1:${port}${main2y}`,
        connections: CONNECTIONS,
        duration: LOAD_SECONDS,
        headers: { authorization },
      });
      requestsServed[port === apiPort ? 'api' : 'bareServer'] += result.requests.total;
      return result;
    };
    await load(barePort); // warm-up of both, not counted
    await load(apiPort);
    for (let index = 0; index < LOAD_ROUNDS; index += 1) {
      // ABBA: neither side always goes first.
      const order = index % 2 === 0 ? (['bareServer', 'api'] as const) : (['api', 'bareServer'] as const);
      for (const side of order) runs[side].push(await load(side === 'api' ? apiPort : barePort));
    }
    noteLoad('after load');
    for (const [side, results] of Object.entries(runs)) {
      const failed = results.reduce((sum, result) => sum + result.non2xx + result.errors + result.timeouts, 0);
      if (failed > 0) throw new Error(`${side}: ${failed} requests failed under load`);
    }

    const figures: CapacityFigures = {
      council,
      teams,
      staff,
      data: counts,
      oneRequest: {
        range: MAIN.name,
        handWrittenMedianMs: round(median(one.handWritten)),
        bareServerMedianMs: round(median(one.bareServer)),
        apiMedianMs: round(median(one.api)),
        apiP95Ms: round(percentile(one.api, 0.95)),
      },
      underLoad: {
        connections: CONNECTIONS,
        seconds: LOAD_ROUNDS * LOAD_SECONDS,
        bareServer: summariseLoad(runs.bareServer),
        api: summariseLoad(runs.api),
      },
      growth,
      loads,
      cpus: os.cpus().length,
    };
    say('measuring booking throughput…');
    const booking = await measureBooking(database.url, root);
    const report = capacityReport(figures, booking);
    await writeFile(path.join(reportDir, 'capacity.json'), `${JSON.stringify(report.json, null, 2)}\n`);
    await writeFile(path.join(reportDir, 'capacity.md'), report.markdown);
    console.log(report.markdown);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : undefined)));
    await client.end().catch(() => undefined);
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  if (PROFILE) {
    // Each process's main thread writes CPU.<date>.<time>.<pid>.0.<n>.cpuprofile (tsx's loader thread is .1.).
    const files = await readdir(profileDir);
    const profileOf = (pid: number | undefined) => files.find((file) => file.includes(`.${pid}.0.`) && file.endsWith('.cpuprofile'));
    const apiProfile = profileOf(profiled.api);
    const bareProfile = profileOf(profiled.bareServer);
    if (apiProfile && bareProfile) {
      const summary = [
        await summariseProfile(path.join(profileDir, apiProfile), 'the API', requestsServed.api),
        await summariseProfile(path.join(profileDir, bareProfile), 'the bare server', requestsServed.bareServer),
      ].join('\n');
      await writeFile(path.join(reportDir, 'capacity-profile.md'), summary);
      console.log(summary);
    }
  }
}

function summariseLoad(results: autocannon.Result[]) {
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  const seconds = results.reduce((sum, result) => sum + result.duration, 0);
  return {
    requestsPerSecond: round(requests / seconds),
    /** The median over the rounds of each round's p99. */
    p99Ms: round(median(results.map((result) => result.latency.p99))),
    medianMs: round(median(results.map((result) => result.latency.p50))),
  };
}

function requireSame(what: string, actual: string, expected: string): void {
  if (actual === expected) return;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at += 1;
  throw new Error(
    `${what} differs from the hand-written JSON at byte ${at}:\n  got      …${actual.slice(Math.max(0, at - 80), at + 80)}\n` +
      `  expected …${expected.slice(Math.max(0, at - 80), at + 80)}`,
  );
}

function fetchBody(agent: http.Agent, port: number, urlPath: string, authorization: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: urlPath, agent, headers: { authorization } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode !== 200) reject(new Error(`GET ${urlPath} on ${port} answered ${response.statusCode}: ${body}`));
        else resolve(body);
      });
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      // The bare server answers its root with 404: that it answers at all is enough.
      const response = await fetch(url);
      if (response.ok || url.endsWith('/')) return;
    } catch {
      // not up yet
    }
    await delay(500);
  }
  throw new Error(`${url} did not become ready`);
}

const round = (value: number) => Math.round(value * 100) / 100;

await main();
