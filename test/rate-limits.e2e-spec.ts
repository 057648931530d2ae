import getPort from 'get-port';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { generateApiKey, hashApiKeySecret } from '#access';
import { createTestKey, TEST_API_KEY_PEPPER, type TestKey } from './support/api-keys.js';
import { cleanEnv, projectRoot, startProcess, type WatchedProcess } from './support/child-process.js';
import { eventually } from './support/eventually.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { stackValue } from './support/test-stack.js';

const API = path.join(projectRoot, 'dist', 'apps', 'api', 'src', 'main.js');
const PER_PRINCIPAL = 20;
const PER_ADDRESS = 30;

interface Replica {
  process: WatchedProcess;
  port: number;
}

/**
 * Two API replicas over one database, as a deployment behind a load balancer runs them: each
 * test speaks for its own client address (X-Forwarded-For, trusted for one proxy hop).
 */
describe('rate limits shared by every API replica', () => {
  let database: TestDatabase;
  let sql: pg.Client;
  let replicas: [Replica, Replica];
  let clients = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    replicas = [await startReplica(), await startReplica()];
  });

  afterAll(async () => {
    for (const replica of replicas ?? []) replica.process.child.kill('SIGTERM');
    await Promise.all((replicas ?? []).map((replica) => replica.process.exited));
    await sql?.end();
    await database?.drop();
  });

  async function startReplica(): Promise<Replica> {
    const port = await getPort();
    const started = startProcess(
      [API],
      cleanEnv({
        DATABASE_URL: database.url,
        TEMPORAL_ADDRESS: stackValue('temporalAddress'),
        TEMPORAL_TASK_QUEUE: `rate-limits-${process.pid}`,
        PORT: String(port),
        LOG_LEVEL: 'info',
        API_KEY_PEPPER: TEST_API_KEY_PEPPER,
        RATE_LIMIT_PER_MINUTE: String(PER_PRINCIPAL),
        RATE_LIMIT_PER_ADDRESS_PER_MINUTE: String(PER_ADDRESS),
        TRUSTED_PROXY_HOPS: '1',
      }),
    );
    await started.waitFor('Nest application successfully started', 60_000);
    return { process: started, port };
  }

  /** A client address of its own (documentation range; it only ever appears in a header). */
  const newClient = () => `198.51.100.${(clients += 1)}`;

  function call(replica: Replica, client: string, key?: string, route = '/api/v1/me'): Promise<Response> {
    const headers: Record<string, string> = { 'x-forwarded-for': client };
    if (key) headers.authorization = `Bearer ${key}`;
    return fetch(`http://127.0.0.1:${replica.port}${route}`, { headers });
  }

  /** Tokens a budget of `perMinute` refilled since `since` (ms): the tests run slowly on a busy machine. */
  const refilledSince = (since: number, perMinute: number) => ((Date.now() - since) / 60_000) * perMinute;

  /**
   * Waits until PostgreSQL has settled `spent` requests off a fresh bucket of `budget` a minute
   * first used at `since`: its level is then at most what is left plus what refilled meanwhile.
   */
  async function settled(key: string, budget: number, spent: number, since: number): Promise<number> {
    const [bucket] = await eventually(
      async () => (await sql.query<{ tokens: number }>('SELECT tokens FROM rate_limit_bucket WHERE key = $1', [key])).rows,
      (rows) => rows.length > 0 && rows[0].tokens <= budget - spent + refilledSince(since, budget) + 0.5,
      `bucket ${key} to settle ${spent} requests`,
      { timeoutMs: 10_000, everyMs: 50 },
    );
    return bucket.tokens;
  }

  /**
   * Sends until the first 429, collecting the other answers' statuses. The budget refills while
   * we send (a token every few seconds), so `refilled` says how many more it could have admitted.
   */
  async function spendUntilRefused(send: () => Promise<Response>, budget: number) {
    const started = Date.now();
    const answered: number[] = [];
    for (;;) {
      const response = await send();
      if (response.status === 429) {
        return { answered, refusal: response, refilled: Math.ceil(((Date.now() - started) / 60_000) * budget) };
      }
      answered.push(response.status);
      if (answered.length > 3 * budget) throw new Error(`no 429 after ${answered.length} requests`);
    }
  }

  /** Polls a replica with the principal's requests until it refuses one; returns how many it admitted meanwhile. */
  async function admittedUntilItHears(replica: Replica, key: string): Promise<number> {
    const deadline = Date.now() + 5_000;
    let admitted = 0;
    while ((await call(replica, newClient(), key)).status !== 429) {
      admitted += 1;
      if (Date.now() > deadline) throw new Error('the replica never refused');
      await delay(100);
    }
    return admitted;
  }

  async function secondKeyOf(principal: TestKey): Promise<string> {
    const generated = generateApiKey();
    await sql.query(`INSERT INTO api_key (principal_id, prefix, secret_hash, scopes) VALUES ($1, $2, $3, '{}')`, [
      principal.principalId,
      generated.prefix,
      hashApiKeySecret(generated.secret, TEST_API_KEY_PEPPER),
    ]);
    return generated.key;
  }

  it('gives invented API keys no fresh budget: the client address is limited before any key is checked', async () => {
    const client = newClient();
    const [first, second] = replicas;
    const started = Date.now();
    const { answered, refusal, refilled } = await spendUntilRefused(() => call(first, client, generateApiKey().key), PER_ADDRESS);
    expect(new Set(answered)).toEqual(new Set([401]));
    expect(answered.length).toBeGreaterThanOrEqual(PER_ADDRESS);
    expect(answered.length).toBeLessThanOrEqual(PER_ADDRESS + refilled);
    expect(refusal.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await refusal.json()) as { detail: string; requestId: string };
    expect(problem).toMatchObject({ status: 429, code: 'too_many_requests', requestId: refusal.headers.get('x-request-id') });
    expect(problem.requestId).toBeTruthy();
    // The text names only headers that are sent.
    expect(problem.detail).toMatch(/^at most 30 requests a minute from one client address; .*Retry-After/);
    expect(problem.detail).not.toMatch(/RateLimit-Reset/);
    expect(Number(refusal.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refusal.headers.get('ratelimit-policy')).toBe(`"per-address";q=${PER_ADDRESS};w=60`);
    expect(refusal.headers.get('ratelimit')).toMatch(/^"per-address";r=0;t=\d+$/);

    // The other replica, once the counts are settled, admits the address no more than has refilled since.
    const refused = Date.now();
    await settled(`per-address:${client}`, PER_ADDRESS, answered.length, started);
    const elsewhere = await spendUntilRefused(() => call(second, client, generateApiKey().key), PER_ADDRESS);
    expect(elsewhere.answered.length).toBeLessThanOrEqual(Math.ceil(refilledSince(refused, PER_ADDRESS)) + 1);
    // Health checks stay open to the same address.
    expect((await call(second, client, undefined, '/health')).status).toBe(200);
    expect((await call(first, client, undefined, '/ready')).status).toBe(200);
  });

  it('counts every key of a principal against the principal’s one budget, sent with its RateLimit headers', async () => {
    const principal = await createTestKey(database.url, { role: 'hr' });
    const otherKey = await secondKeyOf(principal);
    const [first] = replicas;
    const answered = await call(first, newClient(), principal.key);
    expect(answered.status).toBe(200);
    expect(answered.headers.get('ratelimit-policy')).toBe(`"per-address";q=${PER_ADDRESS};w=60, "per-principal";q=${PER_PRINCIPAL};w=60`);
    expect(answered.headers.get('ratelimit')).toMatch(/"per-principal";r=19;t=\d+$/);
    let sent = 1;
    // A new client address each time, and the two keys in turn: only the principal's budget is spent.
    const rest = await spendUntilRefused(() => call(first, newClient(), (sent += 1) % 2 === 0 ? otherKey : principal.key), PER_PRINCIPAL);
    expect(new Set(rest.answered)).toEqual(new Set([200]));
    expect(1 + rest.answered.length).toBeGreaterThanOrEqual(PER_PRINCIPAL);
    expect(1 + rest.answered.length).toBeLessThanOrEqual(PER_PRINCIPAL + rest.refilled);
    expect(((await rest.refusal.json()) as { detail: string }).detail).toMatch(/^at most 20 requests a minute for one principal/);
  });

  it('shares one budget between two replicas: what one admitted, the other does not admit again', async () => {
    const principal = await createTestKey(database.url, { role: 'hr' });
    const [first, second] = replicas;
    const started = Date.now();
    for (let i = 0; i < 12; i += 1) expect((await call(first, newClient(), principal.key)).status).toBe(200);
    await settled(`per-principal:${principal.principalId}`, PER_PRINCIPAL, 12, started);
    const { answered } = await spendUntilRefused(() => call(second, newClient(), principal.key), PER_PRINCIPAL);
    // What the budget refilled since the first request (20 a minute) is all the second replica may add to the 8 left.
    expect(answered.length).toBeGreaterThanOrEqual(PER_PRINCIPAL - 12 - 1);
    expect(answered.length).toBeLessThanOrEqual(PER_PRINCIPAL - 12 + Math.ceil(refilledSince(started, PER_PRINCIPAL)));
  });

  it('admits at most one interval’s overshoot when both replicas are hit at once, and the excess is owed', async () => {
    const principal = await createTestKey(database.url, { role: 'hr' });
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 3 * PER_PRINCIPAL }, (_, i) =>
        call(replicas[i % 2], newClient(), principal.key).then((response) => response.status),
      ),
    );
    const admitted = answers.filter((status) => status === 200).length;
    expect(answers.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    // Each replica admits at most the whole budget before it hears of the other's spending.
    expect(admitted).toBeGreaterThanOrEqual(PER_PRINCIPAL);
    expect(admitted).toBeLessThanOrEqual(2 * PER_PRINCIPAL);
    // Every admitted request, on either replica, came off the one shared bucket: an excess leaves it in debt.
    const level = await settled(`per-principal:${principal.principalId}`, PER_PRINCIPAL, admitted, started);
    expect(level).toBeGreaterThanOrEqual(PER_PRINCIPAL - admitted - 1);
    // Once each replica has heard, it refuses the principal until the debt is paid off.
    let late = 0;
    for (const replica of replicas) late += await admittedUntilItHears(replica, principal.key);
    expect(admitted + late).toBeLessThanOrEqual(2 * PER_PRINCIPAL + Math.ceil(refilledSince(started, PER_PRINCIPAL)) + 1);
  });
});
