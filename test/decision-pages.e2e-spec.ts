import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, TORBAY, type TestKey } from './support/api-keys.js';
import { cabinetDecision } from './support/decision.builder.js';

describe('decision records published for the public and committee systems', () => {
  let accord: AccordTestApp;
  let hampshireClerk: TestKey;
  let hampshireChief: TestKey;
  let torbayChief: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    hampshireClerk = await createTestKey(accord.database.url, { role: 'democratic_services' });
    hampshireChief = await createTestKey(accord.database.url, { role: 'chief_executive' });
    torbayChief = await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: TORBAY });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const record = async (body: object): Promise<string> => {
    const created = await http().post('/api/v1/decision-records').auth(hampshireClerk.key, { type: 'bearer' }).send(body).expect(201);
    return created.body.id as string;
  };

  it('serves the Hampshire decision of 16 April 2018 as a Modern.gov decision details page, to anyone', async () => {
    const id = await record(
      cabinetDecision({
        reasons: 'Hampshire has the capacity as its Torbay commitment ends.',
        alternativeOptions: 'Not to offer support.',
        interestsDeclared: 'None',
      }),
    );
    const page = await http()
      .get(`/decisions/${id}.html`)
      .expect(200)
      .expect('Content-Type', /^text\/html/);
    expect(page.text).toContain(
      '<h2 class="mgSubTitleTxt">Children’s services improvement partnership with Buckinghamshire County Council</h2>',
    );
    for (const line of [
      '<span class="mgLabel">Decision Maker: </span>Cabinet',
      '<span class="mgLabel">Decision status: </span><span class="mgPlanItemInForce">Recommendations Approved</span>',
      '<span class="mgLabel">Is Key decision?: </span>No',
      '<span class="mgLabel">Is subject to call in?: </span>No',
      '<span class="mgLabel">Date of decision: </span>16/04/2018',
      '<span class="mgLabel">Publication date: </span>16/04/2018',
      '<span class="mgLabel">Effective from: </span>16/04/2018',
      '<h3 class="mgSubSubTitleTxt">Reasons for the decision:</h3>',
      '<h3 class="mgSubSubTitleTxt">Alternative options considered:</h3>',
      '<h3 class="mgSubSubTitleTxt">Interests declared:</h3>',
    ]) {
      expect(page.text).toContain(line);
    }
    expect(page.text).toContain('href="/councils/E10000014/decisions.atom"');
  });

  it('withholds exempt text from the public and other councils, and shows it to the deciding council', async () => {
    const id = await record(cabinetDecision({ exemptParagraph: 3, exemptInformation: 'Staff costs by named post' }));
    for (const outsider of [undefined, torbayChief]) {
      const test = http().get(`/decisions/${id}.html`);
      const page = await (outsider ? test.auth(outsider.key, { type: 'bearer' }) : test).expect(200);
      expect(page.text).toContain('paragraph 3 of Schedule 12A');
      expect(page.text).not.toContain('Staff costs by named post');
    }
    const own = await http().get(`/decisions/${id}.html`).auth(hampshireChief.key, { type: 'bearer' }).expect(200);
    expect(own.text).toContain('Staff costs by named post');
  });

  it('escapes what the record holds', async () => {
    const id = await record(cabinetDecision({ title: 'Partnership <script>alert(1)</script>' }));
    const page = await http().get(`/decisions/${id}.html`).expect(200);
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('&lt;script&gt;');
  });

  it('answers a missing record, a malformed id and a wrong key with problem details', async () => {
    const missing = await http().get('/decisions/7c9e6679-7425-40de-944b-e07fc1f90ae7.html').expect(404);
    expect(missing.body).toMatchObject({ code: 'decision_record_not_found' });
    await http().get('/decisions/not-a-uuid.html').expect(400);
    const id = await record(cabinetDecision());
    await http().get(`/decisions/${id}.html`).auth('acc_not_a_real_key', { type: 'bearer' }).expect(401);
  });

  it('publishes each council’s decisions as an Atom feed, newest first, without exempt text', async () => {
    const older = await record(
      cabinetDecision({ title: 'Older decision', decisionDate: '2018-03-05', publicationDate: '2018-03-06', meetingDate: '2018-03-05' }),
    );
    const secret = await record(
      cabinetDecision({ title: 'Newer decision', exemptParagraph: 3, exemptInformation: 'Staff costs by named post' }),
    );
    const feed = await http()
      .get('/councils/E10000014/decisions.atom')
      .expect(200)
      .expect('Content-Type', /^application\/atom\+xml/);
    expect(feed.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(feed.text).toContain('<title>Decisions of Hampshire County Council</title>');
    expect(feed.text.indexOf(`urn:uuid:${secret}`)).toBeGreaterThan(-1);
    expect(feed.text.indexOf(`urn:uuid:${secret}`)).toBeLessThan(feed.text.indexOf(`urn:uuid:${older}`));
    expect(feed.text).toContain(`/decisions/${older}.html`);
    expect(feed.text).not.toContain('Staff costs by named post');
    const torbay = await http().get(`/councils/${TORBAY}/decisions.atom`).expect(200);
    expect(torbay.text).not.toContain(`urn:uuid:${older}`);
    await http().get('/councils/E99999999/decisions.atom').expect(404);
  });
});
