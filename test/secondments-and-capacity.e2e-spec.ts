import pg from 'pg';
import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';
import { partnershipRequest } from './support/partnership.builder.js';

describe('secondments and staff capacity', () => {
  let accord: AccordTestApp;
  let admin: TestKey;
  let hr: TestKey;
  let partnershipId: string;
  let counter = 0;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    admin = await createTestKey(accord.database.url, { role: 'admin' });
    hr = await createTestKey(accord.database.url, { role: 'hr' });
    const partnership = await as(admin, http().post('/api/v1/partnerships'))
      .send(partnershipRequest({ plannedStart: '2019-01-01', plannedEnd: '2019-12-31' }))
      .expect(201);
    partnershipId = partnership.body.id;
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const as = (key: TestKey, test: request.Test) => test.auth(key.key, { type: 'bearer' });

  /** A team of four: three full-time and one at 0.6 FTE; establishment 4.0, floor 0.85 × 4.0 = 3.4 FTE. */
  async function teamOfFour(): Promise<{ teamId: string; staff: string[] }> {
    counter += 1;
    const team = await as(hr, http().post('/api/v1/teams'))
      .send({ councilCode: HAMPSHIRE, name: `Capacity team ${counter}`, establishmentFte: 4, retentionFloor: 0.85 })
      .expect(201);
    const staff: string[] = [];
    for (const fte of [1, 1, 1, 0.6]) {
      const member = await as(hr, http().post('/api/v1/staff'))
        .send({
          teamId: team.body.id,
          displayName: `Synthetic Staff ${counter}-${staff.length}`,
          role: 'social_worker',
          contractedFte: fte,
          employmentStart: '2015-01-05',
        })
        .expect(201);
      staff.push(member.body.id);
    }
    return { teamId: team.body.id, staff };
  }

  const propose = (staffMemberId: string, fte: number, start: string, end: string) =>
    as(hr, http().post('/api/v1/secondments')).send({ staffMemberId, partnershipId, fte, start, end });

  async function peakInDatabase(staffMemberId: string): Promise<number> {
    const client = new pg.Client({ connectionString: accord.database.url });
    await client.connect();
    try {
      const result = await client.query(
        `SELECT coalesce(max(load), 0)::float8 AS peak FROM (
           SELECT day, sum(fte) AS load FROM secondment, generate_series(start_date, end_date, interval '1 day') AS day
           WHERE staff_member_id = $1 AND status IN ('proposed', 'approved', 'active') GROUP BY day) AS daily`,
        [staffMemberId],
      );
      return result.rows[0].peak as number;
    } finally {
      await client.end();
    }
  }

  it('lets exactly the bookings that fit through when twenty arrive at once for one person', async () => {
    const { staff } = await teamOfFour();
    const responses = await Promise.all(Array.from({ length: 20 }, () => propose(staff[0], 0.3, '2019-02-01', '2019-06-30')));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(17);
    const refused = responses.find((response) => response.status === 409);
    expect(refused?.body).toMatchObject({ code: 'secondment_exceeds_contract' });
    expect(refused?.body.detail).toMatch(/on 2019-02-01 this person would be seconded 1\.2 FTE against a contract of 1 FTE/);
    expect(refused?.body.clash).toEqual({ on: '2019-02-01', secondedFte: 1.2, contractedFte: 1 });
    await expect(peakInDatabase(staff[0])).resolves.toBeCloseTo(0.9, 6);
  });

  it('counts touching ranges apart and overlapping ones together, under contention too', async () => {
    const { staff } = await teamOfFour();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        index % 2 === 0 ? propose(staff[1], 0.6, '2019-03-01', '2019-03-31') : propose(staff[1], 0.6, '2019-04-01', '2019-04-30'),
      ),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(2);
    await expect(peakInDatabase(staff[1])).resolves.toBeCloseTo(0.6, 6);
    await propose(staff[1], 0.5, '2019-03-31', '2019-04-01').expect(409);
  });

  it('accepts three 0.4 FTE secondments that overlap only in pairs', async () => {
    const { staff } = await teamOfFour();
    await propose(staff[2], 0.4, '2019-01-01', '2019-02-28').expect(201);
    await propose(staff[2], 0.4, '2019-02-01', '2019-03-31').expect(201);
    await propose(staff[2], 0.4, '2019-03-01', '2019-04-30').expect(201);
    await propose(staff[2], 0.4, '2019-02-15', '2019-02-20').expect(409);
  });

  it('refuses a secondment outside the person’s employment, or of another council’s staff', async () => {
    const { staff } = await teamOfFour();
    await propose(staff[0], 0.2, '2014-01-01', '2014-12-31').expect(422);
    const torbayHr = await createTestKey(accord.database.url, { role: 'hr', councilCode: TORBAY });
    await as(torbayHr, http().post('/api/v1/secondments'))
      .send({ staffMemberId: staff[0], partnershipId, fte: 0.2, start: '2019-01-01', end: '2019-01-31' })
      .expect(404);
  });

  it('moves a secondment from proposed to ended, and refuses steps out of order', async () => {
    const { staff } = await teamOfFour();
    const secondment = await propose(staff[3], 0.3, '2019-01-07', '2019-12-20').expect(201);
    await as(hr, http().post(`/api/v1/secondments/${secondment.body.id}/activate`)).expect(409);
    await as(hr, http().post(`/api/v1/secondments/${secondment.body.id}/approve`)).expect(200);
    await as(hr, http().post(`/api/v1/secondments/${secondment.body.id}/activate`)).expect(200);
    const ended = await as(hr, http().post(`/api/v1/secondments/${secondment.body.id}/end`))
      .send({ endedOn: '2019-06-30' })
      .expect(200);
    expect(ended.body).toMatchObject({ status: 'ended', end: '2019-06-30' });
    await as(hr, http().post(`/api/v1/secondments/${secondment.body.id}/cancel`)).expect(409);
  });

  it('refuses to cut a contract below the secondments already booked', async () => {
    const { staff } = await teamOfFour();
    await propose(staff[0], 0.8, '2019-01-01', '2019-01-31').expect(201);
    const read = await as(hr, http().get(`/api/v1/staff/${staff[0]}`)).expect(200);
    const refused = await as(hr, http().patch(`/api/v1/staff/${staff[0]}`))
      .send({ version: read.body.version, contractedFte: 0.5 })
      .expect(409);
    expect(refused.body.code).toBe('secondment_exceeds_contract');
    expect(refused.body.clash).toEqual({ on: '2019-01-01', secondedFte: 0.8, contractedFte: 0.5 });
  });

  it('shows the days a team falls below its floor, by day and by week', async () => {
    const { teamId, staff } = await teamOfFour();
    // 0.5 FTE of a full-timer from Wednesday 6 to Tuesday 12 March 2019: home 3.6 − 0.5 = 3.1 < 3.4.
    const secondment = await propose(staff[0], 0.5, '2019-03-06', '2019-03-12').expect(201);
    await as(hr, http().post(`/api/v1/secondments/${secondment.body.id}/approve`)).expect(200);
    const daily = await as(
      hr,
      http().get(`/api/v1/councils/${HAMPSHIRE}/capacity`).query({ from: '2019-03-04', to: '2019-03-17', granularity: 'day', teamId }),
    ).expect(200);
    const [team] = daily.body.teams;
    expect(team.breaches).toEqual([{ start: '2019-03-06', end: '2019-03-12' }]);
    expect(team.points.find((point: { date: string }) => point.date === '2019-03-05')).toMatchObject({
      establishmentFte: 4,
      floorFte: 3.4,
      contractedFte: 3.6,
      secondedOutFte: 0,
      homeFte: 3.6,
      headroomFte: 0.2,
      belowFloor: false,
    });
    expect(team.points.find((point: { date: string }) => point.date === '2019-03-08')).toMatchObject({
      secondedOutFte: 0.5,
      homeFte: 3.1,
      belowFloor: true,
    });
    const weekly = await as(
      hr,
      http().get(`/api/v1/councils/${HAMPSHIRE}/capacity`).query({ from: '2019-03-04', to: '2019-03-17', teamId }),
    ).expect(200);
    expect(weekly.body.teams[0].points.map((point: { date: string; homeFte: number }) => [point.date, point.homeFte])).toEqual([
      ['2019-03-04', 3.1],
      ['2019-03-11', 3.1],
    ]);
  });

  it('answers a what-if without saving anything', async () => {
    const { teamId, staff } = await teamOfFour();
    const before = await as(hr, http().get('/api/v1/secondments').query({ limit: 100 })).expect(200);
    const whatIf = await as(hr, http().post(`/api/v1/councils/${HAMPSHIRE}/capacity/what-if`))
      .send({
        from: '2019-05-01',
        to: '2019-05-31',
        granularity: 'day',
        teamId,
        proposed: [{ staffMemberId: staff[1], fte: 1, start: '2019-05-10', end: '2019-05-20' }],
      })
      .expect(200);
    expect(whatIf.body.teams[0].breaches).toEqual([{ start: '2019-05-10', end: '2019-05-20' }]);
    const after = await as(hr, http().get('/api/v1/secondments').query({ limit: 100 })).expect(200);
    expect(after.body.total).toBe(before.body.total);
    const plain = await as(
      hr,
      http().get(`/api/v1/councils/${HAMPSHIRE}/capacity`).query({ from: '2019-05-01', to: '2019-05-31', teamId }),
    ).expect(200);
    expect(plain.body.teams[0].breaches).toEqual([]);
  });

  it('checks a partnership’s capacity: fails on a breach, and names distance and the savings programme as risks', async () => {
    const created = await as(admin, http().post('/api/v1/partnerships'))
      .send(partnershipRequest({ plannedStart: '2019-01-01', plannedEnd: '2019-03-31' }))
      .expect(201);
    const { teamId, staff } = await teamOfFour();
    await as(hr, http().post('/api/v1/secondments'))
      .send({ staffMemberId: staff[0], partnershipId: created.body.id, fte: 0.5, start: '2019-02-01', end: '2019-02-28' })
      .expect(201);
    const check = await as(hr, http().get(`/api/v1/partnerships/${created.body.id}/capacity-check`)).expect(200);
    expect(check.body.outcome).toBe('fail');
    expect(check.body.distanceMiles).toBeGreaterThan(50);
    expect(check.body.risks.map((risk: { category: string }) => risk.category).sort()).toEqual(['savings_programme', 'travel_distance']);
    const tight = check.body.teams.find((team: { teamId: string }) => team.teamId === teamId);
    expect(tight).toMatchObject({
      minimumHeadroomFte: -0.3,
      minimumOn: '2019-02-01',
      breaches: [{ start: '2019-02-01', end: '2019-02-28' }],
    });
  });

  it('shows the lead council’s portfolio: the FTE each partnership takes today and week by week', async () => {
    const created = await as(admin, http().post('/api/v1/partnerships'))
      .send(partnershipRequest({ title: 'Portfolio partnership', plannedStart: '2019-01-01', plannedEnd: '2019-12-31' }))
      .expect(201);
    const { staff } = await teamOfFour();
    for (const [index, fte] of [0.5, 0.3].entries()) {
      const secondment = await as(hr, http().post('/api/v1/secondments'))
        .send({ staffMemberId: staff[index], partnershipId: created.body.id, fte, start: '2019-01-14', end: '2019-01-27' })
        .expect(201);
      await as(hr, http().post(`/api/v1/secondments/${secondment.body.id}/approve`)).expect(200);
    }
    const portfolio = await as(
      hr,
      http().get(`/api/v1/councils/${HAMPSHIRE}/portfolio`).query({ from: '2019-01-07', to: '2019-02-03', today: '2019-01-20' }),
    ).expect(200);
    const entry = portfolio.body.partnerships.find(
      (partnership: { partnershipId: string }) => partnership.partnershipId === created.body.id,
    );
    expect(entry.fteNow).toBe(0.8);
    expect(entry.weekly.map((week: { fte: number }) => week.fte)).toEqual([0, 0.8, 0.8, 0]);
  });

  it('keeps capacity history: an ended secondment counts up to its actual end and not after, a cancelled one never', async () => {
    const { teamId, staff } = await teamOfFour();
    const september = { from: '2019-09-01', to: '2019-09-30', granularity: 'day', teamId };
    const daysOf = async () =>
      (await as(hr, http().get(`/api/v1/councils/${HAMPSHIRE}/capacity`).query(september)).expect(200)).body.teams[0] as {
        points: { date: string; secondedOutFte: number; homeFte: number; belowFloor: boolean }[];
        breaches: { start: string; end: string }[];
      };
    const on = (team: Awaited<ReturnType<typeof daysOf>>, date: string) => team.points.find((point) => point.date === date);
    // 0.5 FTE of a full-timer, Monday 2 to Monday 30 September 2019, ended early on Sunday 15 September.
    const early = await propose(staff[0], 0.5, '2019-09-02', '2019-09-30').expect(201);
    await as(hr, http().post(`/api/v1/secondments/${early.body.id}/approve`)).expect(200);
    await as(hr, http().post(`/api/v1/secondments/${early.body.id}/activate`)).expect(200);
    // 0.4 FTE of another, proposed for the whole month, then cancelled before it started.
    const cancelled = await propose(staff[1], 0.4, '2019-09-01', '2019-09-30').expect(201);
    await as(hr, http().post(`/api/v1/secondments/${cancelled.body.id}/cancel`)).expect(200);
    const whileRunning = await daysOf();
    const ended = await as(hr, http().post(`/api/v1/secondments/${early.body.id}/end`))
      .send({ endedOn: '2019-09-15' })
      .expect(200);
    expect(ended.body).toMatchObject({ status: 'ended', start: '2019-09-02', end: '2019-09-15', plannedEnd: '2019-09-30' });
    const afterEnd = await daysOf();
    // Contracted 3.6 FTE, floor 3.4: 3.6 − 0.5 = 3.1 below it from the 2nd to the 15th, 3.6 again from the 16th.
    expect(on(afterEnd, '2019-09-01')).toMatchObject({ secondedOutFte: 0, homeFte: 3.6, belowFloor: false });
    expect(on(afterEnd, '2019-09-02')).toMatchObject({ secondedOutFte: 0.5, homeFte: 3.1, belowFloor: true });
    expect(on(afterEnd, '2019-09-15')).toMatchObject({ secondedOutFte: 0.5, homeFte: 3.1, belowFloor: true });
    expect(on(afterEnd, '2019-09-16')).toMatchObject({ secondedOutFte: 0, homeFte: 3.6, belowFloor: false });
    expect(afterEnd.breaches).toEqual([{ start: '2019-09-02', end: '2019-09-15' }]);
    // The days it ran read the same before and after it ended.
    expect(afterEnd.points.slice(0, 15)).toEqual(whileRunning.points.slice(0, 15));
    expect(whileRunning.breaches).toEqual([{ start: '2019-09-02', end: '2019-09-30' }]);

    // Booking reads the same days: the ended one still holds 0.5 FTE up to the 15th, none after.
    await propose(staff[0], 0.6, '2019-09-10', '2019-09-12').expect(409);
    await propose(staff[0], 1, '2019-09-16', '2019-09-22').expect(201);

    // The portfolio and a later partnership's capacity check count it on the same days.
    const portfolio = await as(
      hr,
      http().get(`/api/v1/councils/${HAMPSHIRE}/portfolio`).query({ from: '2019-09-02', to: '2019-09-29', today: '2019-09-15' }),
    ).expect(200);
    const entry = portfolio.body.partnerships.find((partnership: { partnershipId: string }) => partnership.partnershipId === partnershipId);
    expect(entry.fteNow).toBe(0.5);
    expect(entry.weekly.map((week: { weekStart: string; fte: number }) => [week.weekStart, week.fte])).toEqual([
      ['2019-09-02', 0.5],
      ['2019-09-09', 0.5],
      ['2019-09-16', 0],
      ['2019-09-23', 0],
    ]);
    const later = await as(admin, http().post('/api/v1/partnerships'))
      .send(partnershipRequest({ plannedStart: '2019-09-01', plannedEnd: '2019-09-30' }))
      .expect(201);
    const check = await as(hr, http().get(`/api/v1/partnerships/${later.body.id}/capacity-check`)).expect(200);
    expect(check.body.teams.find((team: { teamId: string }) => team.teamId === teamId)).toMatchObject({
      minimumHeadroomFte: -0.3,
      minimumOn: '2019-09-02',
      breaches: [{ start: '2019-09-02', end: '2019-09-15' }],
    });
  });

  it('refuses a range longer than three years', async () => {
    const response = await as(
      hr,
      http().get(`/api/v1/councils/${HAMPSHIRE}/capacity`).query({ from: '2018-01-01', to: '2027-01-01' }),
    ).expect(422);
    expect(response.body.code).toBe('range_too_long');
  });
});
