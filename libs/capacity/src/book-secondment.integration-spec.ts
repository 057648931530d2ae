import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuditActor } from '#audit';
import { AccordError, type Principal } from '#domain';
import { buildDataSourceOptions } from '#persistence';
import { holdLock, waitUntilBlocked } from '../../../test/support/held-locks.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { bookSecondment } from './book-secondment.js';
import type { SecondmentRequest } from './secondment-request.js';

const HAMPSHIRE = 'E10000014';
const TORBAY = 'E06000027';
const ADMIN: Principal = { id: randomUUID(), name: 'Admin', role: 'admin', councilCode: null, scopes: [] };
const HAMPSHIRE_HR: Principal = { id: randomUUID(), name: 'Hampshire HR', role: 'hr', councilCode: HAMPSHIRE, scopes: [] };
const TORBAY_HR: Principal = { id: randomUUID(), name: 'Torbay HR', role: 'hr', councilCode: TORBAY, scopes: [] };
const ACTOR: AuditActor = { principalId: null, name: 'Hampshire HR', role: 'hr', councilCode: HAMPSHIRE, requestId: 'request-1' };

describe('booking a secondment in one round trip (book_secondment)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let team: string;
  let partnership: { hampshireLeads: string; torbayLeads: string; closed: string };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions({ url: database.url, poolMax: 24 })).initialize();
    [{ id: team }] = await dataSource.query(
      `INSERT INTO team (council_code, name, establishment_fte, retention_floor) VALUES ($1, 'Booking team', 10, 0.85) RETURNING id`,
      [HAMPSHIRE],
    );
    partnership = {
      hampshireLeads: await newPartnership(HAMPSHIRE, TORBAY, 'draft'),
      torbayLeads: await newPartnership(TORBAY, HAMPSHIRE, 'draft'),
      closed: await newPartnership(HAMPSHIRE, TORBAY, 'withdrawn'),
    };
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function newPartnership(lead: string, supported: string, stage: string): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, workflow_id, stage)
       VALUES ($1::uuid, 'Booking partnership', $2, $3, DATE '2019-01-01', DATE '2019-12-31', 'partnership-' || $1::text, $4)`,
      [id, lead, supported, stage],
    );
    return id;
  }

  async function newPerson(contractedFte = 1, employmentEnd: string | null = null): Promise<string> {
    const [{ id }] = await dataSource.query(
      `INSERT INTO staff_member (team_id, display_name, role, contracted_fte, employment_start, employment_end)
       VALUES ($1, 'Synthetic Staff', 'social_worker', $2, DATE '2015-01-05', $3) RETURNING id`,
      [team, contractedFte, employmentEnd],
    );
    return id;
  }

  const request = (staffMemberId: string, fte: number, start = '2019-02-01', end = '2019-06-30'): SecondmentRequest => ({
    staffMemberId,
    partnershipId: partnership.hampshireLeads,
    fte,
    start,
    end,
  });

  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => undefined,
      (error: unknown) => (error instanceof AccordError ? { code: error.code, detail: error.message } : error),
    );

  /** The highest load of any person on any day of 2019, against their contract. */
  const overbookedDays = async (): Promise<number> =>
    Number(
      (
        await dataSource.query(`
          SELECT count(*) AS n FROM (
            SELECT x.staff_member_id, d.day FROM secondment x JOIN staff_member m ON m.id = x.staff_member_id
            JOIN LATERAL generate_series(x.start_date, x.end_date, interval '1 day') AS d(day) ON true
            WHERE x.status IN ('proposed', 'approved', 'active') GROUP BY x.staff_member_id, d.day
            HAVING sum(x.fte) > max(m.contracted_fte)) AS over`)
      )[0].n,
    );

  it('lets exactly the bookings that fit through when forty arrive at once for four people', async () => {
    const people = await Promise.all([newPerson(), newPerson(), newPerson(), newPerson(0.6)]);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, index) => bookSecondment(dataSource, request(people[index % 4], 0.3), HAMPSHIRE_HR, ACTOR)),
    );
    const booked = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => outcome.reason as AccordError);
    expect(booked).toHaveLength(3 + 3 + 3 + 2);
    expect(new Set(refused.map((error) => error.code))).toEqual(new Set(['secondment_exceeds_contract']));
    await expect(overbookedDays()).resolves.toBe(0);
  });

  it('sees a booking committed while it waited for the person’s lock', async () => {
    const person = await newPerson();
    const held = await holdLock(database.url, `SELECT id FROM staff_member WHERE id = $1 FOR UPDATE`, [person]);
    const waiting = refusal(bookSecondment(dataSource, request(person, 0.5), HAMPSHIRE_HR, ACTOR));
    await waitUntilBlocked(database.url, 'SELECT id, staff_member_id');
    await held.client.query(
      `INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, status)
       VALUES ($1, $2, 0.8, DATE '2019-03-01', DATE '2019-03-31', 'approved')`,
      [person, partnership.hampshireLeads],
    );
    await held.client.query('COMMIT');
    await held.release().catch(() => undefined);
    await expect(waiting).resolves.toEqual({
      code: 'secondment_exceeds_contract',
      detail: 'on 2019-03-01 this person would be seconded 1.3 FTE against a contract of 1 FTE',
    });
  });

  it('records the secondment, its audit event and its domain event as the step-by-step booking did', async () => {
    const person = await newPerson(0.6);
    const booking = { ...request(person, 0.4, '2019-05-06', '2019-05-31'), rechargeKind: 'day_rate' as const, rechargeDayRatePence: 45000 };
    const saved = await bookSecondment(dataSource, booking, HAMPSHIRE_HR, ACTOR);
    expect(saved).toMatchObject({
      staffMemberId: person,
      partnershipId: partnership.hampshireLeads,
      startDate: '2019-05-06',
      endDate: '2019-05-31',
      plannedEnd: '2019-05-31',
      status: 'proposed',
      rechargeKind: 'day_rate',
      rechargeDayRatePence: '45000',
      version: 1,
    });
    expect(Number(saved.fte)).toBe(0.4);
    const [audit] = await dataSource.query(
      `SELECT actor_principal_id, actor_name, actor_role, actor_council_code, target_type, target_council_codes, before, after, request_id
       FROM audit_event WHERE action = 'secondment.proposed' AND target_id = $1`,
      [saved.id],
    );
    expect(audit).toEqual({
      actor_principal_id: null,
      actor_name: 'Hampshire HR',
      actor_role: 'hr',
      actor_council_code: HAMPSHIRE,
      target_type: 'secondment',
      target_council_codes: [HAMPSHIRE],
      before: null,
      after: booking,
      request_id: 'request-1',
    });
    const events = await dataSource.query(`SELECT type, council_codes, subject_type, data FROM domain_event WHERE subject_id = $1`, [
      saved.id,
    ]);
    expect(events).toEqual([
      {
        type: 'secondment.booked',
        council_codes: [HAMPSHIRE],
        subject_type: 'secondment',
        data: {
          secondmentId: saved.id,
          partnershipId: partnership.hampshireLeads,
          staffMemberId: person,
          fte: 0.4,
          startDate: '2019-05-06',
          endDate: '2019-05-31',
          status: 'proposed',
        },
      },
    ]);
  });

  it('refuses with the codes and words of the step-by-step booking, in its order, and writes nothing', async () => {
    const person = await newPerson(1, '2019-04-30');
    const before = Number((await dataSource.query(`SELECT count(*) AS n FROM secondment`))[0].n);
    const unknownPartnership = randomUUID();
    const nobody = randomUUID();
    const cases: [Promise<unknown>, { code: string; detail: string }][] = [
      [
        bookSecondment(dataSource, request(nobody, 0.2), ADMIN, ACTOR),
        { code: 'staff_member_not_found', detail: `no staff member has id ${nobody}` },
      ],
      [
        bookSecondment(dataSource, request(person, 0.2), TORBAY_HR, ACTOR),
        { code: 'staff_member_not_found', detail: `no staff member has id ${person}` },
      ],
      [
        bookSecondment(dataSource, { ...request(person, 0.2), partnershipId: unknownPartnership }, HAMPSHIRE_HR, ACTOR),
        { code: 'unknown_reference', detail: `no partnership has id ${unknownPartnership}` },
      ],
      [
        bookSecondment(dataSource, { ...request(person, 0.2), partnershipId: partnership.torbayLeads }, HAMPSHIRE_HR, ACTOR),
        { code: 'forbidden_for_council', detail: 'only the lead council’s own staff are seconded under a partnership' },
      ],
      [
        bookSecondment(dataSource, { ...request(person, 0.2), partnershipId: partnership.closed }, HAMPSHIRE_HR, ACTOR),
        { code: 'partnership_closed', detail: 'the partnership is withdrawn' },
      ],
      [
        bookSecondment(dataSource, request(person, 0.2, '2019-04-01', '2019-05-31'), HAMPSHIRE_HR, ACTOR),
        { code: 'secondment_outside_employment', detail: 'employed 2015-01-05 to 2019-04-30' },
      ],
      [
        bookSecondment(dataSource, request(person, 1.1, '2019-04-01', '2019-04-30'), HAMPSHIRE_HR, ACTOR),
        { code: 'secondment_exceeds_contract', detail: 'on 2019-04-01 this person would be seconded 1.1 FTE against a contract of 1 FTE' },
      ],
    ];
    for (const [work, expected] of cases) await expect(refusal(work)).resolves.toEqual(expected);
    await expect(refusal(bookSecondment(dataSource, request(person, 0.2, '2014-01-01', '2014-12-31'), ADMIN, ACTOR))).resolves.toEqual({
      code: 'secondment_outside_employment',
      detail: 'employed 2015-01-05 to 2019-04-30',
    });
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM secondment`))[0].n)).toBe(before);
  });
});
