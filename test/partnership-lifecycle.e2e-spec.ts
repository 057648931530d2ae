import request from 'supertest';
import pg from 'pg';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, type TestKey } from './support/api-keys.js';
import { LEAD_COUNCIL_ATTRIBUTE, PARTNERSHIP_STAGE_ATTRIBUTE } from '#workflows';
import { partnershipRequest } from './support/partnership.builder.js';

describe('a partnership through its first stage', () => {
  let accord: AccordTestApp;
  let chiefExecutive: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    chiefExecutive = await createTestKey(accord.database.url, { role: 'chief_executive' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => {
    const agent = request(accord.app.getHttpServer());
    const as = (call: request.Test) => call.auth(chiefExecutive.key, { type: 'bearer' });
    return {
      get: (url: string) => as(agent.get(url)),
      post: (url: string) => as(agent.post(url)),
    };
  };

  async function createDraft(): Promise<string> {
    const response = await http().post('/api/v1/partnerships').send(partnershipRequest()).expect(201);
    return response.body.id as string;
  }

  async function stageChangesOf(partnershipId: string): Promise<number> {
    const client = new pg.Client({ connectionString: accord.database.url });
    await client.connect();
    try {
      const result = await client.query('SELECT count(*)::int AS n FROM partnership_stage_change WHERE partnership_id = $1', [
        partnershipId,
      ]);
      return result.rows[0].n as number;
    } finally {
      await client.end();
    }
  }

  it('creates a draft partnership and starts its workflow on Temporal', async () => {
    const response = await http().post('/api/v1/partnerships').send(partnershipRequest()).expect(201);
    expect(response.body).toMatchObject({ stage: 'draft', leadCouncilCode: 'E10000014', supportedCouncilCode: 'E10000002', version: 1 });
    const description = await accord.temporal.workflow.getHandle(response.body.workflowId).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe(accord.taskQueue);
  });

  it('moves a submitted draft to officer review and mirrors the stage into PostgreSQL', async () => {
    const id = await createDraft();
    const submitted = await http().post(`/api/v1/partnerships/${id}/actions/submit`).send({ comment: 'ready for the DCS' }).expect(200);
    expect(submitted.body).toEqual({ partnershipId: id, stage: 'officer_review' });
    const read = await http().get(`/api/v1/partnerships/${id}`).expect(200);
    expect(read.body).toMatchObject({ stage: 'officer_review', version: 2 });
    await expect(stageChangesOf(id)).resolves.toBe(1);
    const description = await accord.temporal.workflow.getHandle(read.body.workflowId).describe();
    expect(description.typedSearchAttributes.get(PARTNERSHIP_STAGE_ATTRIBUTE)).toBe('officer_review');
    expect(description.typedSearchAttributes.get(LEAD_COUNCIL_ATTRIBUTE)).toBe('E10000014');
  });

  it('refuses to submit a partnership that is already in officer review, as problem details', async () => {
    const id = await createDraft();
    await http().post(`/api/v1/partnerships/${id}/actions/submit`).send({}).expect(200);
    const refused = await http().post(`/api/v1/partnerships/${id}/actions/submit`).send({}).expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 409, code: 'stage_action_not_allowed' });
    expect(refused.body.detail).toContain('officer_review');
    await expect(stageChangesOf(id)).resolves.toBe(1);
  });

  it('lets exactly one of several simultaneous submissions through', async () => {
    const id = await createDraft();
    const responses = await Promise.all(Array.from({ length: 6 }, () => http().post(`/api/v1/partnerships/${id}/actions/submit`).send({})));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    await expect(stageChangesOf(id)).resolves.toBe(1);
  });

  it('answers a retried submission with the same idempotency key with the first result', async () => {
    const id = await createDraft();
    const key = `submit-${id}`;
    const first = await http().post(`/api/v1/partnerships/${id}/actions/submit`).set('Idempotency-Key', key).send({}).expect(200);
    const retry = await http().post(`/api/v1/partnerships/${id}/actions/submit`).set('Idempotency-Key', key).send({}).expect(200);
    expect(retry.body).toEqual(first.body);
    await expect(stageChangesOf(id)).resolves.toBe(1);
  });

  it('withdraws a partnership before it is active and completes its workflow', async () => {
    const id = await createDraft();
    const withdrawn = await http().post(`/api/v1/partnerships/${id}/actions/withdraw`).send({ comment: 'superseded' }).expect(200);
    expect(withdrawn.body.stage).toBe('withdrawn');
    const read = await http().get(`/api/v1/partnerships/${id}`).expect(200);
    const result = await accord.temporal.workflow.getHandle(read.body.workflowId).result();
    expect(result).toEqual({ stage: 'withdrawn' });
  });

  it('lists partnerships filtered by stage with a total', async () => {
    const id = await createDraft();
    await http().post(`/api/v1/partnerships/${id}/actions/submit`).send({}).expect(200);
    const page = await http().get('/api/v1/partnerships').query({ stage: 'officer_review', limit: 1 }).expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].stage).toBe('officer_review');
    expect(page.body.total).toBeGreaterThanOrEqual(1);
    expect(page.body).toMatchObject({ limit: 1, offset: 0 });
  });

  it('answers an unknown partnership with 404 problem details', async () => {
    const response = await http().get('/api/v1/partnerships/7f0c7d3e-1111-4222-8333-444455556666').expect(404);
    expect(response.body).toMatchObject({ status: 404, code: 'partnership_not_found' });
  });
});

describe('what a partnership may refer to', () => {
  let accord: AccordTestApp;
  let admin: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    admin = await createTestKey(accord.database.url, { role: 'admin' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const create = (body: object) =>
    request(accord.app.getHttpServer()).post('/api/v1/partnerships').auth(admin.key, { type: 'bearer' }).send(body);

  it('records the kind, scope and funding in exact pence', async () => {
    const created = await create(
      partnershipRequest({
        kind: 'improvement_adviser',
        scope: 'Leadership support',
        fundingKind: 'grant',
        fundingAmountPence: 45_000_000,
      }),
    ).expect(201);
    expect(created.body).toMatchObject({
      kind: 'improvement_adviser',
      scope: 'Leadership support',
      fundingKind: 'grant',
      fundingAmountPence: 45_000_000,
    });
  });

  it('refuses a council that does not exist with 422', async () => {
    const refused = await create(partnershipRequest({ supportedCouncilCode: 'E06000099' })).expect(422);
    expect(refused.body).toMatchObject({ code: 'unknown_reference' });
  });

  it('refuses an intervention that does not exist with 422', async () => {
    await create(partnershipRequest({ interventionId: '3f0c7d3e-1111-4222-8333-444455556666' })).expect(422);
  });

  it('edits a draft with the version read, refuses a stale version, and refuses edits after submission', async () => {
    const created = await create(partnershipRequest()).expect(201);
    const patch = (body: object) =>
      request(accord.app.getHttpServer()).patch(`/api/v1/partnerships/${created.body.id}`).auth(admin.key, { type: 'bearer' }).send(body);
    const edited = await patch({ version: 1, scope: 'Practice improvement', plannedEnd: '2021-12-31' }).expect(200);
    expect(edited.body).toMatchObject({ scope: 'Practice improvement', plannedEnd: '2021-12-31', version: 2 });
    await expect(
      patch({ version: 1, title: 'Stale' })
        .expect(409)
        .then((r) => r.body.code),
    ).resolves.toBe('stale_version');
    await expect(
      patch({ version: 2, plannedEnd: '2017-01-01' })
        .expect(422)
        .then((r) => r.body.code),
    ).resolves.toBe('invalid_period');
    await patch({ version: 2, stage: 'active' }).expect(422);
    await request(accord.app.getHttpServer())
      .post(`/api/v1/partnerships/${created.body.id}/actions/submit`)
      .auth(admin.key, { type: 'bearer' })
      .send({})
      .expect(200);
    await expect(
      patch({ version: 3, title: 'Too late' })
        .expect(409)
        .then((r) => r.body.code),
    ).resolves.toBe('stage_action_not_allowed');
  });

  it('refuses funding given in fractions of a penny', async () => {
    await create(partnershipRequest({ fundingAmountPence: 10.5 })).expect(422);
  });
});
