import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { partnershipRequest } from './support/partnership.builder.js';

/**
 * Odd input that once reached PostgreSQL and came back as a 500: each must be refused as the
 * client's mistake, with problem details that name the field and carry the request id.
 */
describe('no 5xx for any input', () => {
  let accord: AccordTestApp;
  let admin: TestKey;
  let teamId: string;
  let staffMemberId: string;
  let interventionId: string;
  let partnershipId: string;
  let riskId: string;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    admin = await createTestKey(accord.database.url, { role: 'admin' });
    teamId = (
      await as(http().post('/api/v1/teams'))
        .send({ councilCode: HAMPSHIRE, name: 'Children in Care, Winchester', establishmentFte: 24.5, retentionFloor: 0.85 })
        .expect(201)
    ).body.id;
    staffMemberId = (
      await as(http().post('/api/v1/staff'))
        .send({ teamId, displayName: 'Synthetic Worker 042', role: 'social_worker', contractedFte: 0.8, employmentStart: '2015-09-01' })
        .expect(201)
    ).body.id;
    interventionId = (
      await as(http().post('/api/v1/interventions'))
        .send({ supportedCouncilCode: BUCKINGHAMSHIRE, triggerJudgement: 'inadequate', triggerJudgementDate: '2017-11-24' })
        .expect(201)
    ).body.id;
    partnershipId = (await as(http().post('/api/v1/partnerships')).send(partnershipRequest()).expect(201)).body.id;
    riskId = (
      await as(http().post(`/api/v1/partnerships/${partnershipId}/risks`))
        .send({ category: 'travel_distance', rating: 'medium', description: 'Buckinghamshire is about 80 miles away' })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const as = (call: request.Test) => call.auth(admin.key, { type: 'bearer' });

  function expectRefusedField(response: request.Response, status: number, field: string): void {
    expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status, code: 'validation_failed' } });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  }

  describe('null for a field that cannot be empty', () => {
    it('refuses a team without a retention floor', async () => {
      const response = await as(http().patch(`/api/v1/teams/${teamId}`)).send({ version: 1, retentionFloor: null });
      expectRefusedField(response, 422, 'retentionFloor');
    });

    it('refuses a staff member without a contracted FTE', async () => {
      const response = await as(http().patch(`/api/v1/staff/${staffMemberId}`)).send({ version: 1, contractedFte: null });
      expectRefusedField(response, 422, 'contractedFte');
    });

    it('still lets null clear a field that may be empty (a leaver’s last day)', async () => {
      await as(http().patch(`/api/v1/staff/${staffMemberId}`))
        .send({ version: 1, employmentEnd: null })
        .expect(200);
    });
  });

  describe('a record version beyond any version a record can have', () => {
    const versionedRecords = (): [string, string][] => [
      ['council', `/api/v1/councils/${HAMPSHIRE}`],
      ['team', `/api/v1/teams/${teamId}`],
      ['staff member', `/api/v1/staff/${staffMemberId}`],
      ['intervention', `/api/v1/interventions/${interventionId}`],
      ['partnership', `/api/v1/partnerships/${partnershipId}`],
      ['risk', `/api/v1/partnerships/${partnershipId}/risks/${riskId}`],
    ];

    it.each([2147483648, 1e145])('refuses version %p on every versioned record', async (version) => {
      for (const [record, path] of versionedRecords()) {
        const response = await as(http().patch(path)).send({ version });
        expect({ record, status: response.status }).toEqual({ record, status: 422 });
        expectRefusedField(response, 422, 'version');
      }
    });
  });

  describe('the NUL character', () => {
    it('is refused in a risk owner, naming the field', async () => {
      const response = await as(http().patch(`/api/v1/partnerships/${partnershipId}/risks/${riskId}`)).send({
        version: 1,
        owner: 'a\u0000b',
      });
      expectRefusedField(response, 422, 'owner');
    });

    it('is refused in a team name', async () => {
      const response = await as(http().post('/api/v1/teams')).send({
        councilCode: HAMPSHIRE,
        name: 'Children in Care\u0000',
        establishmentFte: 10,
        retentionFloor: 0.8,
      });
      expectRefusedField(response, 422, 'name');
    });

    it('is refused in a nested field, named by its path', async () => {
      const response = await as(http().patch(`/api/v1/councils/${HAMPSHIRE}`)).send({
        version: 1,
        savingsProgramme: { name: 'Transformation to 2019\u0000', targetPence: 14_000_000_000, endDate: '2019-03-31' },
      });
      expectRefusedField(response, 422, 'savingsProgramme.name');
    });

    it('is refused in a query parameter', async () => {
      const response = await as(http().get('/api/v1/councils')).query({ region: 'South\u0000East' });
      expectRefusedField(response, 422, 'region');
    });

    it('is refused in an audit-trail filter', async () => {
      const response = await as(http().get('/api/v1/audit-events')).query({ targetId: 'x\u0000' });
      expectRefusedField(response, 422, 'targetId');
    });

    it.each(['/api/v1/teams/%00', `/api/v1/councils/E1000%0014`, '/api/v1/partnerships/%00/risks'])(
      'is refused in the path %s',
      async (path) => {
        const response = await as(http().get(path));
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.body.requestId).toBe(response.headers['x-request-id']);
      },
    );
  });

  describe('paging beyond any page there can be', () => {
    it.each(['councils', 'partnerships', 'teams', 'staff', 'interventions', 'secondments', 'decision-records', 'audit-events'])(
      'refuses offset=1e20 on %s',
      async (list) => {
        const response = await as(http().get(`/api/v1/${list}`)).query({ offset: '1e20' });
        expectRefusedField(response, 422, 'offset');
      },
    );

    it('refuses a page size given as a huge number', async () => {
      const response = await as(http().get('/api/v1/councils')).query({ limit: '1e20' });
      expectRefusedField(response, 422, 'limit');
    });
  });

  describe('found by the OpenAPI fuzzer', () => {
    it('reads an audit-trail bound with a time-zone offset PostgreSQL would refuse as the instant it names', async () => {
      const response = await as(http().get('/api/v1/audit-events')).query({ to: '2636-11-19T23:36:30-18:27' }).expect(200);
      expect(response.body.total).toBeGreaterThan(0);
    });
  });

  it('refuses an FTE too small to write with a decimal point (5e-324), rather than failing to count its decimals', async () => {
    const response = await as(http().post('/api/v1/teams')).send({
      councilCode: HAMPSHIRE,
      name: 'Assessment, Basingstoke',
      establishmentFte: 12,
      retentionFloor: 5e-324,
    });
    expectRefusedField(response, 422, 'retentionFloor');
  });

  it('documents every error answer under the media type it is sent with, so clients and the fuzzer check it against ProblemDetails', async () => {
    const document = (await http().get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    const errorMediaTypes = new Set(
      Object.values(document.paths)
        .flatMap((operations) => Object.values(operations))
        .flatMap((operation) => Object.entries(operation.responses))
        .filter(([status]) => Number(status) >= 400)
        .flatMap(([, response]) => Object.keys(response.content ?? {})),
    );
    expect([...errorMediaTypes]).toEqual(['application/problem+json']);
  });

  describe('malformed JSON', () => {
    it('is a 400 that carries the request id', async () => {
      const response = await as(http().post('/api/v1/teams')).set('content-type', 'application/json').send('{"name": ');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ status: 400, code: 'bad_request' });
      expect(response.body.requestId).toEqual(expect.any(String));
      expect(response.body.requestId).toBe(response.headers['x-request-id']);
    });
  });
});
