import pg from 'pg';
import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { countRows } from './support/count-rows.js';
import { holdLock, waitUntilBlocked } from './support/held-locks.js';
import { partnershipRequest } from './support/partnership.builder.js';

describe('Idempotency-Key on creating and acting requests', () => {
  let accord: AccordTestApp;
  let chiefExecutive: TestKey;
  let director: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    chiefExecutive = await createTestKey(accord.database.url, { role: 'chief_executive' });
    director = await createTestKey(accord.database.url, { role: 'director' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const create = (key: string, body: object, as: TestKey = chiefExecutive) =>
    request(accord.app.getHttpServer())
      .post('/api/v1/partnerships')
      .auth(as.key, { type: 'bearer' })
      .set('Idempotency-Key', key)
      .send(body);

  const count = (sql: string, parameters: unknown[]) => countRows(accord.database.url, sql, parameters);

  const partnershipsTitled = (title: string) => count('SELECT count(*)::int AS n FROM partnership WHERE title = $1', [title]);

  it('replays the first status and body byte for byte for the same key and body', async () => {
    const body = partnershipRequest({ title: 'Replayed creation' });
    const first = await create('replay-1', body).expect(201);
    const second = await create('replay-1', body).expect(201);
    expect(second.text).toBe(first.text);
    expect(second.headers['idempotent-replayed']).toBe('true');
    await expect(partnershipsTitled('Replayed creation')).resolves.toBe(1);
  });

  it('treats the same JSON with its keys in another order as the same request', async () => {
    const body = partnershipRequest({ title: 'Reordered keys' });
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const first = await create('reorder-1', body).expect(201);
    const second = await create('reorder-1', reordered).expect(201);
    expect(second.text).toBe(first.text);
  });

  it('refuses the same key with a different body with 422', async () => {
    await create('reuse-1', partnershipRequest({ title: 'First body' })).expect(201);
    const refused = await create('reuse-1', partnershipRequest({ title: 'Second body' })).expect(422);
    expect(refused.body).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    await expect(partnershipsTitled('Second body')).resolves.toBe(0);
  });

  it('keeps keys apart per principal', async () => {
    const body = partnershipRequest({ title: 'Two principals, one key' });
    const mine = await create('shared-key', body, chiefExecutive).expect(201);
    const theirs = await create('shared-key', body, director).expect(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('creates exactly one record when the same request arrives ten times at once', async () => {
    const body = partnershipRequest({ title: 'Ten at once' });
    const responses = await Promise.all(Array.from({ length: 10 }, () => create('concurrent-1', body)));
    const statuses = new Set(responses.map((response) => response.status));
    expect([...statuses].every((status) => status === 201 || status === 409)).toBe(true);
    const created = responses.filter((response) => response.status === 201);
    expect(new Set(created.map((response) => response.text)).size).toBe(1);
    await expect(partnershipsTitled('Ten at once')).resolves.toBe(1);
    await expect(
      count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'partnership.created' AND after->>'title' = $1`, ['Ten at once']),
    ).resolves.toBe(1);
  });

  it('answers a repeat at once with 409 and Retry-After while the first is still running, then replays the first response', async () => {
    const body = partnershipRequest({ title: 'Still running' });
    // The lead council's row locked: the first request waits inside its INSERT (the foreign key check).
    const council = await holdLock(accord.database.url, 'SELECT 1 FROM council WHERE code = $1 FOR UPDATE', [HAMPSHIRE]);
    let first: Promise<request.Response> | undefined;
    try {
      first = create('still-running', body).then((response) => response);
      await waitUntilBlocked(accord.database.url, 'INSERT INTO "partnership"');
      const started = Date.now();
      const repeat = await create('still-running', body);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(repeat.status).toBe(409);
      expect(repeat.headers['retry-after']).toBe('1');
      expect(repeat.body).toMatchObject({ status: 409, code: 'idempotency_request_in_progress' });
    } finally {
      await council.release();
    }
    const original = await first!;
    expect(original.status).toBe(201);
    const replay = await create('still-running', body).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.text).toBe(original.text);
    await expect(partnershipsTitled('Still running')).resolves.toBe(1);
  });

  it('does not keep a failed request, so a corrected retry with the same key runs', async () => {
    await create('after-failure', partnershipRequest({ plannedEnd: '2000-01-01' })).expect(422);
    await create('after-failure', partnershipRequest({ title: 'Corrected' })).expect(201);
  });

  it('replays an action, so a retried submission moves the stage once', async () => {
    const draft = await create('draft-for-action', partnershipRequest({ title: 'Action replay' })).expect(201);
    const submit = () =>
      request(accord.app.getHttpServer())
        .post(`/api/v1/partnerships/${draft.body.id}/actions/submit`)
        .auth(chiefExecutive.key, { type: 'bearer' })
        .set('Idempotency-Key', 'submit-once')
        .send({});
    const first = await submit().expect(200);
    const retry = await submit().expect(200);
    expect(retry.text).toBe(first.text);
    await expect(count('SELECT count(*)::int AS n FROM partnership_stage_change WHERE partnership_id = $1', [draft.body.id])).resolves.toBe(
      1,
    );
  });

  it('refuses a malformed key with 400', async () => {
    const refused = await create('has spaces in it', partnershipRequest()).expect(400);
    expect(refused.body).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('treats an expired key as new', async () => {
    const body = partnershipRequest({ title: 'Expired key' });
    await create('expiring', body).expect(201);
    const client = new pg.Client({ connectionString: accord.database.url });
    await client.connect();
    await client.query(`UPDATE idempotency_record SET expires_at = now() - interval '1 second' WHERE key = 'expiring'`);
    await client.end();
    const again = await create('expiring', body).expect(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });
});
