import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { partnershipRequest } from './support/partnership.builder.js';

describe('API keys through their life', () => {
  let accord: AccordTestApp;
  let admin: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    admin = await createTestKey(accord.database.url, { role: 'admin' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const asAdmin = (test: request.Test) => test.auth(admin.key, { type: 'bearer' });

  async function newIntegratorKey(body: object = { scopes: ['partnerships:read'] }) {
    const principal = await asAdmin(http().post('/api/v1/principals'))
      .send({ name: 'Hampshire HR system', kind: 'service_account', role: 'integrator', councilCode: HAMPSHIRE })
      .expect(201);
    const issued = await asAdmin(http().post(`/api/v1/principals/${principal.body.id}/api-keys`))
      .send(body)
      .expect(201);
    return { principalId: principal.body.id as string, issued: issued.body as { id: string; key: string; prefix: string } };
  }

  it('issues a key that works at once and says who it acts as', async () => {
    const { issued } = await newIntegratorKey();
    expect(issued.key).toMatch(/^acc_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    const me = await http().get('/api/v1/me').auth(issued.key, { type: 'bearer' }).expect(200);
    expect(me.body).toMatchObject({ role: 'integrator', councilCode: HAMPSHIRE, scopes: ['partnerships:read'] });
  });

  it('never returns or records the key after the response that issued it', async () => {
    const { principalId, issued } = await newIntegratorKey();
    const secret = issued.key.slice('acc_'.length + 12 + 1);
    const principals = await asAdmin(http().get('/api/v1/principals').query({ limit: 100 })).expect(200);
    expect(principals.text).not.toContain(secret);
    const audit = await asAdmin(http().get('/api/v1/audit-events').query({ targetId: issued.id })).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'api_key.issued', after: expect.objectContaining({ principalId }) }),
    ]);
    expect(audit.text).not.toContain(secret);
  });

  it('refuses a revoked key from the moment it is revoked', async () => {
    const { issued } = await newIntegratorKey();
    await http().get('/api/v1/me').auth(issued.key, { type: 'bearer' }).expect(200);
    await asAdmin(http().post(`/api/v1/api-keys/${issued.id}/revoke`)).expect(200);
    const refused = await http().get('/api/v1/me').auth(issued.key, { type: 'bearer' }).expect(401);
    expect(refused.headers['www-authenticate']).toContain('Bearer');
    expect(refused.body).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('refuses an expired key', async () => {
    const expired = await createTestKey(accord.database.url, { role: 'hr', expiresAt: new Date(Date.now() - 1_000) });
    await http().get('/api/v1/me').auth(expired.key, { type: 'bearer' }).expect(401);
  });

  it('refuses a key whose secret part is wrong, and a token that is not a key', async () => {
    const { issued } = await newIntegratorKey();
    const tampered = `${issued.key.slice(0, -1)}${issued.key.endsWith('A') ? 'B' : 'A'}`;
    await http().get('/api/v1/me').auth(tampered, { type: 'bearer' }).expect(401);
    await http().get('/api/v1/me').auth('not-a-key', { type: 'bearer' }).expect(401);
  });

  it('refuses an expiry in the past', async () => {
    const principal = await asAdmin(http().post('/api/v1/principals'))
      .send({ name: 'Past expiry', kind: 'service_account', role: 'integrator', councilCode: HAMPSHIRE })
      .expect(201);
    await asAdmin(http().post(`/api/v1/principals/${principal.body.id}/api-keys`))
      .send({ expiresAt: '2001-01-01T00:00:00Z' })
      .expect(422);
  });

  it('requires a council for council-bound roles and refuses one for cross-council roles', async () => {
    const noCouncil = await asAdmin(http().post('/api/v1/principals')).send({ name: 'HR', kind: 'person', role: 'hr' }).expect(422);
    expect(noCouncil.body.errors[0].field).toBe('councilCode');
    await asAdmin(http().post('/api/v1/principals'))
      .send({ name: 'DfE commissioner', kind: 'person', role: 'commissioner', councilCode: HAMPSHIRE })
      .expect(422);
  });
});

describe('the audit trail over HTTP', () => {
  let accord: AccordTestApp;
  let hampshire: TestKey;
  let torbay: TestKey;
  let commissioner: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    hampshire = await createTestKey(accord.database.url, { role: 'chief_executive' });
    torbay = await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: 'E06000027' });
    commissioner = await createTestKey(accord.database.url, { role: 'commissioner' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());

  it('records who created a partnership and who moved its stage, with the workflow run', async () => {
    const created = await http()
      .post('/api/v1/partnerships')
      .auth(hampshire.key, { type: 'bearer' })
      .send(partnershipRequest())
      .expect(201);
    await http()
      .post(`/api/v1/partnerships/${created.body.id}/actions/submit`)
      .auth(hampshire.key, { type: 'bearer' })
      .set('x-request-id', 'submit-request-1')
      .send({ comment: 'for review' })
      .expect(200);
    const trail = await http()
      .get('/api/v1/audit-events')
      .auth(hampshire.key, { type: 'bearer' })
      .query({ targetType: 'partnership', targetId: created.body.id })
      .expect(200);
    expect(trail.body.total).toBe(2);
    const [creation, submission] = trail.body.items;
    expect(creation).toMatchObject({
      action: 'partnership.created',
      actor: { principalId: hampshire.principalId, role: 'chief_executive', councilCode: HAMPSHIRE },
      target: { type: 'partnership', id: created.body.id, councilCodes: [HAMPSHIRE, 'E10000002'] },
    });
    expect(submission).toMatchObject({
      action: 'partnership.stage_changed',
      actor: { principalId: hampshire.principalId },
      before: { stage: 'draft' },
      after: { stage: 'officer_review', comment: 'for review' },
      requestId: 'submit-request-1',
      workflowId: created.body.workflowId,
    });
    expect(submission.runId).toEqual(expect.any(String));
  });

  it('shows a council only its own events, and commissioners every council', async () => {
    const own = await http().get('/api/v1/audit-events').auth(torbay.key, { type: 'bearer' }).expect(200);
    expect(own.body.total).toBe(0);
    await http().get('/api/v1/audit-events').auth(torbay.key, { type: 'bearer' }).query({ councilCode: HAMPSHIRE }).expect(403);
    const all = await http()
      .get('/api/v1/audit-events')
      .auth(commissioner.key, { type: 'bearer' })
      .query({ councilCode: HAMPSHIRE })
      .expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(2);
  });

  it('filters by time', async () => {
    const future = await http()
      .get('/api/v1/audit-events')
      .auth(commissioner.key, { type: 'bearer' })
      .query({ from: new Date(Date.now() + 60_000).toISOString() })
      .expect(200);
    expect(future.body.total).toBe(0);
  });
});
