import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Replica } from '#local-stack';
import { createStageParty, type StageParty } from './support/partnership-stages.js';
import { eventually } from './support/eventually.js';
import { livePeriod, partnershipRequest } from './support/partnership.builder.js';
import { stageOf, walkToActive } from './support/partnership-walk.js';
import { startTestReplicaStack, type TestReplicaStack } from './support/replica-stack.js';
import { SteadyLoad } from './support/steady-load.js';

/**
 * Two API processes and two workers behind HAProxy, as a council runs Accord: a story's
 * requests land on both APIs, concurrent and retried actions behave as on one, and restarting
 * every replica in turn under load fails no request and loses or repeats no effect.
 */
describe('API replicas and workers behind HAProxy', () => {
  let replicas: TestReplicaStack;
  let sql: pg.Client;
  const party = {} as StageParty;
  const url = () => replicas.stack.url;

  beforeAll(async () => {
    replicas = await startTestReplicaStack();
    await createStageParty(replicas.database.url, party);
    sql = new pg.Client({ connectionString: replicas.database.ownerUrl });
    await sql.connect();
  }, 300_000);

  afterAll(async () => {
    await sql?.end();
    await replicas?.close();
  });

  const post = (path: string, body: object, idempotencyKey?: string) =>
    fetch(`${url()}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${party.chief.key}`,
        'content-type': 'application/json',
        ...(idempotencyKey && { 'idempotency-key': idempotencyKey }),
      },
      body: JSON.stringify(body),
    });
  const read = (path: string) => fetch(`${url()}${path}`, { headers: { authorization: `Bearer ${party.chief.key}` } });
  const count = async (query: string, parameters: unknown[]) => (await sql.query<{ n: number }>(query, parameters)).rows[0].n;
  const sessionsByReplica = async () =>
    Object.fromEntries(Object.entries(await replicas.stack.balancer.serverStates()).map(([name, state]) => [name, state.sessions]));

  it('takes a partnership from draft to active with its requests spread over both API replicas', async () => {
    const before = await sessionsByReplica();
    const id = await walkToActive(url(), { ...party, supportedChief: party.bucksChief });

    await expect(stageOf(url(), party.chief, id)).resolves.toBe('active');
    const after = await sessionsByReplica();
    for (const api of replicas.stack.apis) expect(after[api.name]).toBeGreaterThan(before[api.name]);
    const answeredBy = new Set<string | null>();
    for (let n = 0; n < 4; n += 1) answeredBy.add((await read(`/api/v1/partnerships/${id}`)).headers.get('x-accord-replica'));
    expect([...answeredBy].sort()).toEqual(['api-1', 'api-2']);
  });

  it('accepts one of five submissions sent at once through the balancer and refuses the rest with 409', async () => {
    const created = await post('/api/v1/partnerships', partnershipRequest({ ...livePeriod(), title: 'Submitted five times at once' }));
    const { id } = (await created.json()) as { id: string };

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post(`/api/v1/partnerships/${id}/actions/submit`, {}, `burst-${randomUUID()}`)),
    );

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(new Set(answers.map((answer) => answer.headers.get('x-accord-replica')))).toEqual(new Set(['api-1', 'api-2']));
    await expect(
      count(`SELECT count(*)::int AS n FROM partnership_stage_change WHERE partnership_id = $1 AND to_stage = 'officer_review'`, [id]),
    ).resolves.toBe(1);
  });

  it('replays a retried creation from the other replica instead of creating it twice', async () => {
    const body = partnershipRequest({ ...livePeriod(), title: 'Created once, asked twice' });
    const first = await post('/api/v1/partnerships', body, 'create-through-balancer');
    const retry = await post('/api/v1/partnerships', body, 'create-through-balancer');

    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('x-accord-replica')).not.toBe(first.headers.get('x-accord-replica'));
    expect(((await retry.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
    await expect(count(`SELECT count(*)::int AS n FROM partnership WHERE title = $1`, [body.title])).resolves.toBe(1);
  });

  /** Every partnership the load created exists once, and every one it submitted moved to officer review once. */
  async function expectEffectsOnce(load: SteadyLoad, titlePrefix: string): Promise<void> {
    await expect(count(`SELECT count(*)::int AS n FROM partnership WHERE title LIKE $1`, [`${titlePrefix}%`])).resolves.toBe(
      load.created.size,
    );
    const submitted = [...load.submitted];
    await expect(
      count(`SELECT count(*)::int AS n FROM partnership_stage_change WHERE partnership_id = ANY($1) AND to_stage = 'officer_review'`, [
        submitted,
      ]),
    ).resolves.toBe(submitted.length);
    await expect(
      count(`SELECT count(*)::int AS n FROM partnership WHERE title LIKE $1 AND stage = 'officer_review' AND NOT (id = ANY($2))`, [
        `${titlePrefix}%`,
        submitted,
      ]),
    ).resolves.toBe(0);
  }

  it('restarts each API and then each worker in turn under steady load without failing a request', async () => {
    const titlePrefix = `Rolling restart ${randomUUID().slice(0, 8)}`;
    const load = new SteadyLoad({ url: url(), chief: party.chief, clients: 3, titlePrefix });
    const { balancer } = replicas.stack;
    const started = Date.now();
    const phases: string[] = [];
    const phase = (name: string) => phases.push(`${name} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
    load.start();
    try {
      await load.next(12);
      for (const api of replicas.stack.apis) {
        phase(`SIGTERM ${api.name}`);
        const stopped = api.stop('SIGTERM');
        // Readiness goes first: the balancer takes the replica out while it still serves.
        await eventually(
          () => readiness(api),
          (status) => status === 503,
          `${api.name} to answer /ready with 503`,
        );
        await balancer.waitForServer(api.name, 'DOWN');
        await expect(stopped).resolves.toEqual({ code: 0, signal: null });
        phase(`${api.name} exited`);
        await api.start();
        await balancer.waitForServer(api.name, 'UP');
        phase(`${api.name} back in rotation`);
        await load.next(12);
      }
      for (const worker of replicas.stack.workers) {
        phase(`SIGTERM ${worker.name}`);
        await expect(worker.stop('SIGTERM')).resolves.toEqual({ code: 0, signal: null });
        expect(worker.output()).toContain('worker stopped');
        phase(`${worker.name} exited`);
        await load.next(6);
        await worker.start();
        phase(`${worker.name} polling again`);
        await load.next(6);
      }
    } finally {
      await load.stop();
    }

    process.stdout.write(
      `rolling restart: ${load.requests.length} requests (${summary(load)}), ${load.failures().length} failed; ` +
        `${load.created.size} partnerships created, ${load.submitted.size} submitted; ${phases.join(', ')}\n`,
    );
    expect(load.failures()).toEqual([]);
    expect(new Set(load.requests.map((request) => request.replica))).toEqual(new Set(['api-1', 'api-2']));
    await expectEffectsOnce(load, titlePrefix);
    // Four processes started one after another: on a loaded two-core machine each start takes a while.
  }, 300_000);

  it('fails only the requests in flight on an API killed with SIGKILL, and their retries with the same key succeed once', async () => {
    const titlePrefix = `Killed replica ${randomUUID().slice(0, 8)}`;
    const clients = 3;
    const load = new SteadyLoad({ url: url(), chief: party.chief, clients, titlePrefix, retryFailedActions: true });
    const [victim] = replicas.stack.apis;
    load.start();
    try {
      await load.next(12);
      await expect(victim.stop('SIGKILL')).resolves.toEqual({ code: null, signal: 'SIGKILL' });
      await replicas.stack.balancer.waitForServer(victim.name, 'DOWN');
      await load.next(12);
      await victim.start();
      await replicas.stack.balancer.waitForServer(victim.name, 'UP');
      await load.next(6);
    } finally {
      await load.stop();
    }

    const resent = (await replicas.stack.balancer.serverStates())[victim.name];
    process.stdout.write(
      `SIGKILL: ${load.requests.length} requests (${summary(load)}), ${load.failures().length} failed before their retry; ` +
        `in the whole file HAProxy resent ${resent.retries + resent.redispatches} requests ${victim.name} failed (${resent.retries} retries, ${resent.redispatches} redispatches)\n`,
    );
    // Each client has one request in flight at a time.
    expect(load.failures().length).toBeLessThanOrEqual(clients);
    for (const failure of load.failures().filter((request) => request.idempotencyKey)) {
      const retried = load.requests.filter((request) => request.idempotencyKey === failure.idempotencyKey);
      expect(retried.at(-1)?.status).toBe(failure.what === 'create' ? 201 : 200);
    }
    await expectEffectsOnce(load, titlePrefix);
  });
});

const readiness = (api: Replica) =>
  fetch(`${api.url}/ready`).then(
    (answer) => answer.status,
    () => 'no answer',
  );

function summary(load: SteadyLoad): string {
  const by = new Map<string, number>();
  for (const request of load.requests) by.set(request.what, (by.get(request.what) ?? 0) + 1);
  return [...by].map(([what, n]) => `${n} ${what}`).join(', ');
}
