import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';
import { eventually } from './support/eventually.js';
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

  it('gives nothing more after the last cursor until something happens', async () => {
    const all = await read(hampshireIntegrator, { limit: 500 }).expect(200);
    const after = await read(hampshireIntegrator, { after: all.body.next }).expect(200);
    expect(after.body.items).toEqual([]);
  });
});
