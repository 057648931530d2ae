import type { AddressInfo } from 'node:net';
import { createAccordClient, type AccordClient, type components } from '#api-client';
import { walkDemo } from '#reference-data';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, TORBAY } from './support/api-keys.js';
import { eventually } from './support/eventually.js';

type TeamTimeline = components['schemas']['TeamCapacityResponse'];

const WINCHESTER = 'Children in Care, Winchester';
const EASTLEIGH = 'Disabled Children, Eastleigh';

/**
 * The demo as a first `npm start` leaves it, walked through the API; the figures are worked out by
 * hand from the demo's teams (nine posts' worth of FTE in every ten: 8 × 1.0 + 0.6 + 0.8 = 9.4).
 */
describe('the demo’s capacity tells the story', () => {
  let accord: AccordTestApp;
  let admin: AccordClient;

  beforeAll(async () => {
    accord = await startAccordTestApp({}, { demoData: true });
    await accord.app.listen(0, '127.0.0.1');
    const { port } = accord.app.getHttpServer().address() as AddressInfo;
    const adminKey = (await createTestKey(accord.database.url, { role: 'admin' })).key;
    admin = createAccordClient(`http://127.0.0.1:${port}`, adminKey);
    await walkDemo(`http://127.0.0.1:${port}`, adminKey);
  });

  afterAll(async () => {
    await accord?.close();
  });

  /** The data of a read that must succeed. */
  async function read<T>(answer: Promise<{ data?: T; response: Response }>): Promise<NonNullable<T>> {
    const { data, response } = await answer;
    expect(response.status).toBe(200);
    return data as NonNullable<T>;
  }
  const capacity = async (from: string, to: string): Promise<TeamTimeline[]> =>
    (
      await read(
        admin.GET('/api/v1/councils/{code}/capacity', {
          params: { path: { code: HAMPSHIRE }, query: { from, to, granularity: 'day' } },
        }),
      )
    ).teams;
  const team = (teams: TeamTimeline[], name: string) => teams.find((candidate) => candidate.teamName === name) as TeamTimeline;
  const on = (timeline: TeamTimeline, date: string) => timeline.points.find((point) => point.date === date);
  const partnershipWith = async (supported: string) =>
    (await read(admin.GET('/api/v1/partnerships', { params: { query: { supportedCouncilCode: supported } } }))).items[0];
  const detailOf = (id: string) => read(admin.GET('/api/v1/partnerships/{id}', { params: { path: { id } } }));
  const secondmentsOf = async (partnershipId: string, status?: 'proposed') =>
    (await read(admin.GET('/api/v1/secondments', { params: { query: { partnershipId, status } } }))).items;

  async function completed(id: string): Promise<void> {
    await eventually(
      async () => (await detailOf(id)).stage as string,
      (stage) => stage === 'completed',
      `partnership ${id} to complete`,
      { timeoutMs: 30_000 },
    );
  }

  it('starts with every team at or above its floor, and one deliberately tight team', async () => {
    const before = await capacity('2013-04-01', '2016-03-31');
    expect(before).toHaveLength(8);
    expect(before.flatMap((timeline) => timeline.breaches)).toEqual([]);
    // Eastleigh: establishment 24, floor ⌈0.85 × 24⌉ = 20.4; 22 posts = 2 × 9.4 + 1.0 + 1.0 = 20.8 FTE: 0.4 to spare.
    expect(on(team(before, EASTLEIGH), '2015-01-01')).toMatchObject({ floorFte: 20.4, contractedFte: 20.8, headroomFte: 0.4 });
    const headroom = before.map((timeline) => Math.min(...timeline.points.map((point) => point.headroomFte)));
    expect(headroom.filter((least) => least < 0.5)).toEqual([0.4]);
  });

  it('shows Torbay’s three 0.5 FTE secondments seconded out on 1 June 2017, and home again from 1 July 2018', async () => {
    const torbay = await partnershipWith(TORBAY);
    await completed(torbay.id);
    const days = await capacity('2017-06-01', '2018-07-01');
    const winchester = team(days, WINCHESTER);
    // Winchester: 41 posts = 4 × 9.4 + 1.0 = 38.6 FTE against a floor of ⌈0.85 × 42⌉ = 35.7; 3 × 0.5 = 1.5 FTE in Torbay.
    expect(on(winchester, '2017-06-01')).toMatchObject({
      floorFte: 35.7,
      contractedFte: 38.6,
      secondedOutFte: 1.5,
      homeFte: 37.1,
      headroomFte: 1.4,
      belowFloor: false,
    });
    const secondedOut = (date: string) => days.reduce((sum, timeline) => sum + (on(timeline, date)?.secondedOutFte ?? 0), 0);
    expect(secondedOut('2017-06-01')).toBe(1.5);
    expect(secondedOut('2018-06-30')).toBe(1.5);
    expect(secondedOut('2018-07-01')).toBe(0);
    expect(on(winchester, '2018-07-01')).toMatchObject({ secondedOutFte: 0, homeFte: 38.6, headroomFte: 2.9 });
    const secondments = await secondmentsOf(torbay.id);
    expect(secondments.map(({ status, start, end, plannedEnd }) => ({ status, start, end, plannedEnd }))).toEqual(
      Array(3).fill({ status: 'ended', start: '2017-01-09', end: '2018-06-30', plannedEnd: '2018-06-30' }),
    );
  });

  it('records why Torbay’s check warned, and who signed', async () => {
    const detail = await detailOf((await partnershipWith(TORBAY)).id);
    const checked = detail.timeline.find((event) => event.action === 'partnership.capacity_checked');
    expect(checked?.after).toMatchObject({
      outcome: 'warn',
      tightestTeam: { teamName: EASTLEIGH, on: '2016-06-01', headroomFte: 0.4 },
      teamsBelowFloor: 0,
    });
    expect(detail.signatures.map((signature) => [signature.councilCode, signature.signedBy])).toEqual([
      [TORBAY, 'Chief Executive, Torbay Council'],
      [HAMPSHIRE, 'Chief Executive, Hampshire County Council'],
    ]);
  });

  it('lets the Buckinghamshire draft’s check warn only on the tight team: Winchester can lend its three again', async () => {
    const buckinghamshire = await partnershipWith(BUCKINGHAMSHIRE);
    const proposed = await secondmentsOf(buckinghamshire.id, 'proposed');
    expect(proposed).toHaveLength(3);
    const check = await read(admin.GET('/api/v1/partnerships/{id}/capacity-check', { params: { path: { id: buckinghamshire.id } } }));
    expect(check.outcome).toBe('warn');
    const teams = check.teams;
    expect(teams.flatMap((checked) => checked.breaches)).toEqual([]);
    // 2.9 − 1.5 = 1.4 FTE to spare in Winchester while the three are in Buckinghamshire; Eastleigh's 0.4 is the least.
    expect(teams.find((checked) => checked.teamName === WINCHESTER)?.minimumHeadroomFte).toBe(1.4);
    expect(Math.min(...teams.map((checked) => checked.minimumHeadroomFte))).toBe(0.4);
  });
});
