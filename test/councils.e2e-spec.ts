import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { partnershipRequest } from './support/partnership.builder.js';
import { countRows } from './support/count-rows.js';

const BUCKINGHAMSHIRE_UNITARY = 'E06000060';

describe('councils', () => {
  let accord: AccordTestApp;
  let admin: TestKey;
  let hr: TestKey;
  let democraticServices: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    admin = await createTestKey(accord.database.url, { role: 'admin' });
    hr = await createTestKey(accord.database.url, { role: 'hr' });
    democraticServices = await createTestKey(accord.database.url, { role: 'democratic_services' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const as = (key: TestKey, test: request.Test) => test.auth(key.key, { type: 'bearer' });

  it('lists the reference councils, filtered by Ofsted judgement, with a total', async () => {
    const inadequate = await as(
      hr,
      http().get('/api/v1/councils').query({ ofstedJudgement: 'inadequate', includeAbolished: 'true' }),
    ).expect(200);
    expect(inadequate.body.items.map((council: { code: string }) => council.code)).toEqual([BUCKINGHAMSHIRE]);
    const page = await as(hr, http().get('/api/v1/councils').query({ limit: 2, offset: 1 })).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(6);
  });

  it('reads a council with its HQ, judgement and savings programme', async () => {
    const hampshire = await as(hr, http().get(`/api/v1/councils/${HAMPSHIRE}`)).expect(200);
    expect(hampshire.body).toMatchObject({
      code: HAMPSHIRE,
      name: 'Hampshire County Council',
      type: 'county',
      hq: { latitude: 51.0632, longitude: -1.319 },
      savingsProgramme: { name: 'Transformation to 2019 (T19)', targetPence: 14_000_000_000, endDate: '2019-03-31' },
    });
  });

  it('creates a council, then refuses the same GSS code twice', async () => {
    const body = {
      code: 'E06000045',
      name: 'Southampton City Council',
      type: 'unitary',
      region: 'South East',
      hq: { latitude: 50.9097, longitude: -1.4044 },
    };
    await as(admin, http().post('/api/v1/councils')).send(body).expect(201);
    const again = await as(admin, http().post('/api/v1/councils')).send(body).expect(409);
    expect(again.body.code).toBe('council_already_exists');
  });

  it('updates a council with the version read, and refuses a stale version', async () => {
    const read = await as(admin, http().get('/api/v1/councils/E10000012')).expect(200);
    const updated = await as(admin, http().patch('/api/v1/councils/E10000012'))
      .send({ version: read.body.version, ofsted: { judgement: 'good', date: '2024-02-02', illustrative: true } })
      .expect(200);
    expect(updated.body).toMatchObject({ version: read.body.version + 1, ofsted: { judgement: 'good', date: '2024-02-02' } });
    const stale = await as(admin, http().patch('/api/v1/councils/E10000012'))
      .send({ version: read.body.version, region: 'Elsewhere' })
      .expect(409);
    expect(stale.body).toMatchObject({ status: 409, code: 'stale_version' });
  });

  it.each([
    ['a missing field', { name: 'X', type: 'unitary', region: 'R' }, 'code'],
    ['a code that is not a GSS code', { code: 'HANTS', name: 'X', type: 'unitary', region: 'R' }, 'code'],
    ['an unknown type', { code: 'E06000099', name: 'X', type: 'parish', region: 'R' }, 'type'],
    [
      'an HQ outside Great Britain',
      { code: 'E06000099', name: 'X', type: 'unitary', region: 'R', hq: { latitude: 10, longitude: 0 } },
      'hq.latitude',
    ],
    [
      'money as a fraction of a penny',
      {
        code: 'E06000099',
        name: 'X',
        type: 'unitary',
        region: 'R',
        savingsProgramme: { name: 'S', targetPence: 1.5, endDate: '2020-01-01' },
      },
      'savingsProgramme.targetPence',
    ],
    ['an unknown field', { code: 'E06000099', name: 'X', type: 'unitary', region: 'R', mayor: 'Someone' }, 'mayor'],
  ])('refuses %s with 422 and names the field', async (_case, body, field) => {
    const response = await as(admin, http().post('/api/v1/councils')).send(body).expect(422);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('answers a path code that is not a GSS code with 400, and an unknown council with 404', async () => {
    await as(hr, http().get('/api/v1/councils/hampshire')).expect(400);
    await as(hr, http().get('/api/v1/councils/E06000098')).expect(404);
  });

  it('lets democratic services set their own council’s call-in period, not another’s', async () => {
    const current = await as(democraticServices, http().get(`/api/v1/councils/${HAMPSHIRE}/governance-settings`)).expect(200);
    const body = {
      callInQuorum: 3,
      keyDecisionThresholdPence: 25_000_000,
      signOffReminderWorkingDays: 5,
      signOffEscalationWorkingDays: 10,
    };
    const updated = await as(democraticServices, http().put(`/api/v1/councils/${HAMPSHIRE}/governance-settings`))
      .send({ ...body, version: current.body.version, callInPeriodWorkingDays: 10 })
      .expect(200);
    expect(updated.body).toMatchObject({ callInPeriodWorkingDays: 10, keyDecisionThresholdPence: 25_000_000 });
    const other = await as(democraticServices, http().get(`/api/v1/councils/${BUCKINGHAMSHIRE}/governance-settings`)).expect(200);
    await as(democraticServices, http().put(`/api/v1/councils/${BUCKINGHAMSHIRE}/governance-settings`))
      .send({ ...body, version: other.body.version, callInPeriodWorkingDays: 10 })
      .expect(403);
    const escalationTooSoon = await as(democraticServices, http().put(`/api/v1/councils/${HAMPSHIRE}/governance-settings`))
      .send({ ...body, version: updated.body.version, callInPeriodWorkingDays: 5, signOffEscalationWorkingDays: 5 })
      .expect(422);
    expect(escalationTooSoon.body.errors[0].field).toBe('signOffEscalationWorkingDays');
  });

  it('abolishes Buckinghamshire County Council: its open partnership passes to the new unitary, with an audit trail', async () => {
    const partnership = await as(admin, http().post('/api/v1/partnerships'))
      .send(partnershipRequest({ supportedCouncilCode: BUCKINGHAMSHIRE }))
      .expect(201);
    const abolition = await as(admin, http().post(`/api/v1/councils/${BUCKINGHAMSHIRE}/abolish`))
      .send({ effectiveFrom: '2020-04-01', successorCodes: [BUCKINGHAMSHIRE_UNITARY], transferTo: BUCKINGHAMSHIRE_UNITARY })
      .expect(200);
    expect(abolition.body).toMatchObject({ abolishedOn: '2020-04-01', successorCodes: [BUCKINGHAMSHIRE_UNITARY] });
    expect(abolition.body.partnershipsTransferred).toBeGreaterThanOrEqual(1);
    const moved = await as(admin, http().get(`/api/v1/partnerships/${partnership.body.id}`)).expect(200);
    expect(moved.body).toMatchObject({ leadCouncilCode: HAMPSHIRE, supportedCouncilCode: BUCKINGHAMSHIRE_UNITARY });
    const council = await as(admin, http().get(`/api/v1/councils/${BUCKINGHAMSHIRE}`)).expect(200);
    expect(council.body).toMatchObject({ abolishedOn: '2020-04-01', successorCodes: [BUCKINGHAMSHIRE_UNITARY] });
    const trail = await as(
      admin,
      http().get('/api/v1/audit-events').query({ targetType: 'partnership', targetId: partnership.body.id }),
    ).expect(200);
    expect(trail.body.items.map((event: { action: string }) => event.action)).toEqual([
      'partnership.created',
      'partnership.council_succeeded',
    ]);
    const again = await as(admin, http().post(`/api/v1/councils/${BUCKINGHAMSHIRE}/abolish`))
      .send({ effectiveFrom: '2020-04-01', successorCodes: [BUCKINGHAMSHIRE_UNITARY], transferTo: BUCKINGHAMSHIRE_UNITARY })
      .expect(409);
    expect(again.body.code).toBe('council_abolished');
    // Sent once to the feed, for the abolished council and its successor.
    await expect(
      countRows(
        accord.database.url,
        `SELECT count(*)::int AS n FROM domain_event WHERE type = 'council.abolished' AND subject_id = $1 AND council_codes = $2`,
        [BUCKINGHAMSHIRE, [BUCKINGHAMSHIRE, BUCKINGHAMSHIRE_UNITARY]],
      ),
    ).resolves.toBe(1);
  });
});
