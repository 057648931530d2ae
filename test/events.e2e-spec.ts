import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';
import { eventually } from './support/eventually.js';
import { partnershipRequest } from './support/partnership.builder.js';
import { walkToActive, type WalkingParty } from './support/partnership-walk.js';

interface FeedEvent {
  id: string;
  type: string;
  councilCodes: string[];
  subject: { type: string; id: string };
  data: Record<string, unknown>;
}

describe('the event feed over HTTP', () => {
  let accord: AccordTestApp;
  let party: WalkingParty;
  let hampshireIntegrator: TestKey;
  let buckinghamshireChief: TestKey;
  let torbayChief: TestKey;
  let partnershipId: string;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    const url = accord.database.url;
    party = {
      chief: await createTestKey(url, { role: 'chief_executive' }),
      director: await createTestKey(url, { role: 'director' }),
      clerk: await createTestKey(url, { role: 'democratic_services' }),
      supportedChief: await createTestKey(url, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE }),
    };
    hampshireIntegrator = await createTestKey(url, { role: 'integrator', councilCode: HAMPSHIRE, scopes: ['events:read'] });
    buckinghamshireChief = party.supportedChief;
    torbayChief = await createTestKey(url, { role: 'chief_executive', councilCode: TORBAY });
    partnershipId = await walkToActive(accord.app.getHttpServer(), party);
  }, 60_000);

  afterAll(async () => {
    await accord?.close();
  });

  const read = (who: TestKey, query: Record<string, string | number> = {}) =>
    request(accord.app.getHttpServer()).get('/api/v1/events').query(query).auth(who.key, { type: 'bearer' });

  /** Polls from the start with small pages, as an integrator would, until `enough` holds. */
  async function pollAll(who: TestKey, enough: (events: FeedEvent[]) => boolean): Promise<FeedEvent[]> {
    const events: FeedEvent[] = [];
    let after: string | undefined;
    await eventually(
      async () => {
        const page = await read(who, { limit: 3, ...(after ? { after } : {}) }).expect(200);
        events.push(...(page.body.items as FeedEvent[]));
        after = page.body.next as string;
        return events;
      },
      enough,
      'the feed to carry the partnership’s walk to active',
    );
    return events;
  }

  it('tells the lead council’s integrator each step of the partnership’s way to active, in order, once each', async () => {
    const events = await pollAll(hampshireIntegrator, (seen) =>
      seen.some((event) => event.type === 'partnership.stage_changed' && event.data.to === 'active'),
    );
    const ofPartnership = events.filter((event) => event.data.partnershipId === partnershipId);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(ofPartnership.filter((event) => event.type === 'partnership.stage_changed').map((event) => event.data.to)).toEqual([
      'officer_review',
      'capacity_check',
      'cabinet_decision',
      'sign_off',
      'active',
    ]);
    const decision = ofPartnership.find((event) => event.type === 'decision.recorded');
    expect(decision?.data).toMatchObject({ subjectToCallIn: false, callInDeadline: null, decisionDate: '2018-04-16' });
    expect(ofPartnership.filter((event) => event.type === 'partnership.signed').map((event) => event.data.councilCode)).toEqual([
      BUCKINGHAMSHIRE,
      HAMPSHIRE,
    ]);
  });

  it('tells the supported council too, and another council nothing of it', async () => {
    const buckinghamshire = await pollAll(buckinghamshireChief, (seen) => seen.some((event) => event.data.to === 'active'));
    expect(buckinghamshire.every((event) => event.councilCodes.includes(BUCKINGHAMSHIRE))).toBe(true);
    const torbay = await read(torbayChief, { limit: 500 }).expect(200);
    expect(torbay.body.items).toEqual([]);
  });

  it('answers a cursor it did not issue with 422 naming the field', async () => {
    const refused = await read(hampshireIntegrator, { after: 'not-a-cursor' }).expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(refused.body)).toMatch(/after/);
  });

  it('refuses an integrator key without the events:read scope', async () => {
    const unscoped = await createTestKey(accord.database.url, { role: 'integrator', scopes: ['partnerships:read'] });
    await read(unscoped).expect(403);
  });

  it('tells the lead council’s integrator each step of a secondment, once each', async () => {
    const hr = await createTestKey(accord.database.url, { role: 'hr', councilCode: HAMPSHIRE });
    const as = (test: request.Test) => test.auth(hr.key, { type: 'bearer' });
    const http = () => request(accord.app.getHttpServer());
    // A draft partnership: an active one's workflow starts and ends its secondments by the calendar
    // itself, and would race the steps taken here by hand.
    const draft = await http()
      .post('/api/v1/partnerships')
      .auth(party.chief.key, { type: 'bearer' })
      .send(partnershipRequest())
      .expect(201);
    const team = await as(http().post('/api/v1/teams'))
      .send({ councilCode: HAMPSHIRE, name: 'Events team', establishmentFte: 2, retentionFloor: 0.5 })
      .expect(201);
    const member = await as(http().post('/api/v1/staff'))
      .send({
        teamId: team.body.id,
        displayName: 'Synthetic Staff Events',
        role: 'social_worker',
        contractedFte: 1,
        employmentStart: '2015-01-05',
      })
      .expect(201);
    const book = (start: string, end: string) =>
      as(http().post('/api/v1/secondments'))
        .send({ staffMemberId: member.body.id, partnershipId: draft.body.id, fte: 0.4, start, end })
        .expect(201);
    const carried = await book('2019-01-07', '2019-12-20');
    await as(http().post(`/api/v1/secondments/${carried.body.id}/approve`)).expect(200);
    await as(http().post(`/api/v1/secondments/${carried.body.id}/activate`)).expect(200);
    await as(http().post(`/api/v1/secondments/${carried.body.id}/end`))
      .send({ endedOn: '2019-06-28' })
      .expect(200);
    const dropped = await book('2020-01-06', '2020-03-27');
    await as(http().post(`/api/v1/secondments/${dropped.body.id}/cancel`)).expect(200);

    const bySecondment = (events: FeedEvent[], id: string) =>
      events.filter((event) => event.subject.type === 'secondment' && event.subject.id === id).map((event) => event.type);
    const events = await pollAll(hampshireIntegrator, (seen) =>
      bySecondment(seen, dropped.body.id as string).includes('secondment.cancelled'),
    );
    expect(bySecondment(events, carried.body.id as string)).toEqual([
      'secondment.booked',
      'secondment.approved',
      'secondment.started',
      'secondment.ended',
    ]);
    expect(bySecondment(events, dropped.body.id as string)).toEqual(['secondment.booked', 'secondment.cancelled']);
  });

  it('gives nothing more after the last cursor until something happens', async () => {
    const all = await read(hampshireIntegrator, { limit: 500 }).expect(200);
    const after = await read(hampshireIntegrator, { after: all.body.next }).expect(200);
    expect(after.body.items).toEqual([]);
  });
});
