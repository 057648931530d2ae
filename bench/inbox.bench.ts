// Inbox benchmark (issue: performance, the inbox at national scale). Part of `npm run bench`.
// At national scale (1,000 partnerships spread across the stages), each person's inbox through
// the API against the same question answered by hand: the inbox's SQL run directly over a
// plain pg connection, then plain JS for the working days and the order, then JSON.stringify.
// Both answers are checked equal first; the ratios (median and p99) come from one run, ABAB.
import getPort from 'get-port';
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { generateApiKey, hashApiKeySecret } from '#access';
import { dateOfInstant, type Role } from '#domain';
import { runMigrations } from '#persistence';
import { inboxItems } from '../apps/api/src/inbox/inbox.service.js';
import { INBOX_SQL, type InboxRow } from '../apps/api/src/inbox/inbox.sql.js';
import { startBenchStack } from './bench-stack.js';
import { alternating, interleaved, median, percentile } from './measure.js';
import { generateNationalData } from './national-data.js';
import { spreadAcrossStages } from './inbox-stages.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, '.test-data', `bench-inbox-${process.pid}`);
const PEPPER = 'bench-pepper-that-is-at-least-thirty-two-characters';
const ROUNDS = Number(process.env.INBOX_BENCH_ROUNDS ?? 200);
const TARGET = 1.5;
const PERSONAS: Role[] = ['director', 'chief_executive', 'democratic_services', 'scrutiny', 'hr', 'commissioner'];
let apiUrl = '';
const say = (line: string) => console.log(`bench: ${line}`);

async function main(): Promise<void> {
  const stack = await startBenchStack(dataDir, 'accord_bench');
  const { database, temporal } = stack;
  const client = new pg.Client({ connectionString: database.url });
  let api: ReturnType<typeof spawn> | undefined;
  try {
    await runMigrations({ url: database.url }, { applicationUrl: database.applicationUrl });
    await client.connect();
    say('generating national-scale data and spreading the partnerships across the stages…');
    const counts = await generateNationalData(client);
    const stages = await spreadAcrossStages(client);
    say(`generated ${JSON.stringify(counts)}; stages ${JSON.stringify(stages)}`);

    // The council with the most partnerships it leads or receives still open: its people's inboxes are the fullest.
    const council = (
      await client.query<{ code: string }>(
        `SELECT code FROM council c
         ORDER BY (SELECT count(*) FROM partnership p WHERE (p.lead_council_code = c.code OR p.supported_council_code = c.code)
                     AND p.stage NOT IN ('draft', 'completed')) DESC, code LIMIT 1`,
      )
    ).rows[0].code;
    const keys = new Map<Role, { key: string; councilCode: string | null }>();
    for (const role of PERSONAS) {
      const councilCode = role === 'commissioner' ? null : council;
      keys.set(role, { key: await issueKey(client, role, councilCode), councilCode });
    }

    const port = await getPort();
    api = spawn(process.execPath, [path.join(root, 'dist', 'apps', 'api', 'src', 'main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: database.applicationUrl,
        TEMPORAL_ADDRESS: temporal.address,
        PORT: String(port),
        API_KEY_PEPPER: PEPPER,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
        RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
        DATABASE_POOL_MAX: '5',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    apiUrl = `http://127.0.0.1:${port}`;
    await waitFor(`${apiUrl}/ready`);

    const personas: Record<string, unknown>[] = [];
    for (const role of PERSONAS) {
      const { key, councilCode } = keys.get(role)!;
      const viaApi = async () => {
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/inbox`, { headers: { authorization: `Bearer ${key}` } });
        if (!response.ok) throw new Error(`API answered ${response.status} for ${role}`);
        return (await response.json()) as { today: string; items: unknown[] };
      };
      const byHand = async () => {
        const today = dateOfInstant(Date.now());
        const rows = (await client.query<InboxRow>(INBOX_SQL, [role, councilCode, today])).rows;
        return JSON.stringify({ today, items: inboxItems(rows, today) });
      };
      const fromApi = await viaApi();
      const fromHand = JSON.parse(await byHand()) as unknown;
      if (!isDeepStrictEqual(fromApi, fromHand)) throw new Error(`the API and the hand-written query disagree on ${role}'s inbox`);
      const samples = await interleaved(ROUNDS, byHand, viaApi);
      // What any request costs the API before the inbox's own work (key lookup, rate limit, Nest): the same key on /me.
      const floor = await interleaved(ROUNDS, byHand, whoAmI(key));
      const plan = await client.query(`EXPLAIN (ANALYZE, FORMAT TEXT) ${INBOX_SQL}`, [role, councilCode, dateOfInstant(Date.now())]);
      const planLines = plan.rows.map((row) => row['QUERY PLAN'] as string);
      const medianRatio = median(samples.candidate) / median(samples.baseline);
      const p99Ratio = percentile(samples.candidate, 0.99) / percentile(samples.baseline, 0.99);
      personas.push({
        role,
        councilCode,
        items: fromApi.items.length,
        byHandMedianMs: round(median(samples.baseline)),
        apiMedianMs: round(median(samples.candidate)),
        medianRatio: round(medianRatio),
        byHandP99Ms: round(percentile(samples.baseline, 0.99)),
        apiP99Ms: round(percentile(samples.candidate, 0.99)),
        p99Ratio: round(p99Ratio),
        verdict: medianRatio <= TARGET && p99Ratio <= TARGET ? 'PASS' : 'FAIL',
        apiMeMedianMs: round(median(floor.candidate)),
        inboxBeyondMeMedianMs: round(median(samples.candidate) - median(floor.candidate)),
        queryExecution: planLines.filter((line) => /Execution Time/.test(line)).map((line) => line.trim()),
        plan: planLines,
        indexes: [...new Set(planLines.flatMap((line) => /Index (?:Only )?Scan (?:Backward )?using (\w+)/.exec(line)?.[1] ?? []))],
      });
      const { plan: _plan, ...figures } = personas.at(-1)!;
      say(`${role}: ${JSON.stringify(figures)}`);
    }

    const authentication = await authenticationOnTheHotPath(keys.get('chief_executive')!.key);
    say(`authentication: ${JSON.stringify(authentication)}`);

    const results = {
      data: { ...counts, stages },
      council,
      rounds: ROUNDS,
      target: `API ≤ ${TARGET}× the hand-written query, median and p99`,
      personas,
      authentication,
    };
    await mkdir(path.join(root, 'reports', 'bench'), { recursive: true });
    await writeFile(path.join(root, 'reports', 'bench', 'inbox.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    api?.kill('SIGTERM');
    await client.end().catch(() => undefined);
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const whoAmI = (key: string) => async () => {
  const response = await fetch(`${apiUrl}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
  if (!response.ok) throw new Error(`API answered ${response.status} on /me`);
  return response.json();
};

/**
 * What checking a credential costs once it has been seen: the same key on /me, against /health
 * (no key, no guard) and against /me with a key the API has never seen (one round trip to look
 * it up; every request takes a new one).
 */
async function authenticationOnTheHotPath(key: string) {
  const health = async () => {
    const response = await fetch(`${apiUrl}/health`);
    if (!response.ok) throw new Error(`API answered ${response.status} on /health`);
    return response.json();
  };
  const unknownKey = async () => {
    const response = await fetch(`${apiUrl}/api/v1/me`, { headers: { authorization: `Bearer ${generateApiKey().key}` } });
    if (response.status !== 401) throw new Error(`API answered ${response.status} to an unknown key`);
    return response.json();
  };
  const samples = await alternating(ROUNDS, { noKey: health, repeatedKey: whoAmI(key), unknownKey });
  const noKeyMs = median(samples.noKey);
  const repeatedKeyMs = median(samples.repeatedKey);
  return {
    healthWithoutKeyMedianMs: round(noKeyMs),
    meWithRepeatedKeyMedianMs: round(repeatedKeyMs),
    meWithUnknownKeyMedianMs: round(median(samples.unknownKey)),
    repeatedKeyOverNoKeyMs: round(repeatedKeyMs - noKeyMs),
  };
}

/** A person of the role with an API key, straight in the database (as the first admin is made). */
async function issueKey(client: pg.Client, role: Role, councilCode: string | null): Promise<string> {
  const principal = await client.query<{ id: string }>(
    `INSERT INTO principal (name, kind, role, council_code) VALUES ($1, 'person', $2, $3) RETURNING id`,
    [`Bench ${role}`, role, councilCode],
  );
  const generated = generateApiKey();
  await client.query(`INSERT INTO api_key (principal_id, prefix, secret_hash, scopes) VALUES ($1, $2, $3, '{}')`, [
    principal.rows[0].id,
    generated.prefix,
    hashApiKeySecret(generated.secret, PEPPER),
  ]);
  return generated.key;
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await delay(500);
  }
  throw new Error(`${url} did not become ready`);
}

const round = (value: number) => Math.round(value * 100) / 100;

await main();
