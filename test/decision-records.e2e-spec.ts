import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, TORBAY, type TestKey } from './support/api-keys.js';
import { cabinetDecision } from './support/decision.builder.js';

describe('decision records', () => {
  let accord: AccordTestApp;
  let hampshireClerk: TestKey;
  let torbayClerk: TestKey;
  let hampshireChief: TestKey;
  let commissioner: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    hampshireClerk = await createTestKey(accord.database.url, { role: 'democratic_services' });
    torbayClerk = await createTestKey(accord.database.url, { role: 'democratic_services', councilCode: TORBAY });
    hampshireChief = await createTestKey(accord.database.url, { role: 'chief_executive' });
    commissioner = await createTestKey(accord.database.url, { role: 'commissioner' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const as = (key: TestKey, test: request.Test) => test.auth(key.key, { type: 'bearer' });
  const record = (body: object, key = hampshireClerk) => as(key, http().post('/api/v1/decision-records')).send(body);

  it('records Hampshire’s Cabinet decision, not subject to call-in, effective the same day', async () => {
    const created = await record(cabinetDecision()).expect(201);
    expect(created.body).toMatchObject({
      status: 'recommendations_approved',
      isKeyDecision: false,
      subjectToCallIn: false,
      callInDeadline: null,
      effectiveFrom: '2018-04-16',
      concerns: expect.arrayContaining([expect.objectContaining({ concern: 'Buckinghamshire is about 80 miles away' })]),
    });
  });

  it('sets the call-in deadline from the council’s period in working days, skipping bank holidays', async () => {
    const created = await record(
      cabinetDecision({ subjectToCallIn: true, decisionDate: '2018-12-20', publicationDate: '2018-12-20', meetingDate: '2018-12-20' }),
    ).expect(201);
    expect(created.body).toMatchObject({ callInDeadline: '2018-12-31', effectiveFrom: '2019-01-02' });
  });

  it('refuses a key decision without 28 clear days on the forward plan, and accepts the urgency route', async () => {
    const key = { isKeyDecision: true, keyDecisionReason: 'Spending above £500,000' };
    const short = await record(cabinetDecision({ ...key, forwardPlanFirstPublished: '2018-03-20' })).expect(422);
    expect(short.body).toMatchObject({ code: 'forward_plan_notice_too_short' });
    expect(short.body.detail).toContain('26 clear days');
    await record(cabinetDecision({ ...key, forwardPlanFirstPublished: '2018-03-18' })).expect(201);
    await record(cabinetDecision({ ...key, urgencyRoute: 'special_urgency' })).expect(201);
  });

  it('requires the reason a decision is key', async () => {
    const response = await record(cabinetDecision({ isKeyDecision: true, forwardPlanFirstPublished: '2018-01-01' })).expect(422);
    expect(response.body.errors[0].field).toBe('keyDecisionReason');
  });

  it('shows exempt information only to the deciding council’s own people', async () => {
    const created = await record(cabinetDecision({ exemptParagraph: 3, exemptInformation: 'Staff costs by named post' })).expect(201);
    const own = await as(hampshireChief, http().get(`/api/v1/decision-records/${created.body.id}`)).expect(200);
    expect(own.body).toMatchObject({
      exemptParagraph: 3,
      exemptInformation: 'Staff costs by named post',
      exemptInformationWithheld: false,
    });
    for (const outsider of [torbayClerk, commissioner]) {
      const other = await as(outsider, http().get(`/api/v1/decision-records/${created.body.id}`)).expect(200);
      expect(other.body).toMatchObject({ exemptParagraph: 3, exemptInformation: null, exemptInformationWithheld: true });
      expect(other.text).not.toContain('Staff costs by named post');
    }
  });

  it('refuses exempt information without its Schedule 12A paragraph', async () => {
    const response = await record(cabinetDecision({ exemptInformation: 'Secret' })).expect(422);
    expect(response.body.errors[0].field).toBe('exemptParagraph');
  });

  it('lets democratic services record decisions only for their own council', async () => {
    const response = await record(cabinetDecision(), torbayClerk).expect(403);
    expect(response.body.code).toBe('forbidden_for_council');
  });

  it('records a call-in as a status change, refusing a stale version', async () => {
    const created = await record(cabinetDecision({ subjectToCallIn: true })).expect(201);
    const calledIn = await as(hampshireClerk, http().patch(`/api/v1/decision-records/${created.body.id}`))
      .send({ version: 1, status: 'called_in' })
      .expect(200);
    expect(calledIn.body).toMatchObject({ status: 'called_in', version: 2 });
    await as(hampshireClerk, http().patch(`/api/v1/decision-records/${created.body.id}`))
      .send({ version: 1, status: 'approved' })
      .expect(409);
  });

  it('lists decisions by council and date range', async () => {
    const page = await as(
      commissioner,
      http().get('/api/v1/decision-records').query({ councilCode: 'E10000014', decidedFrom: '2018-12-01', decidedTo: '2018-12-31' }),
    ).expect(200);
    expect(page.body.items.map((item: { decisionDate: string }) => item.decisionDate)).toEqual(['2018-12-20']);
  });

  it('refuses a publication date before the decision', async () => {
    const response = await record(cabinetDecision({ publicationDate: '2018-04-15' })).expect(422);
    expect(response.body.errors[0].field).toBe('publicationDate');
  });
});
