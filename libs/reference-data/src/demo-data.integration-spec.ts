import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { HAMPSHIRE } from './councils.js';
import { loadDemoDataIfEmpty } from './demo-data.js';

describe('the demo data', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase({ withoutData: true });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const count = async (sql: string): Promise<number> => (await client.query(sql)).rows[0].n;

  it('loads the story on an empty database, once even when two starts race', async () => {
    const loaded = await Promise.all([loadDemoDataIfEmpty(database.url), loadDemoDataIfEmpty(database.url)]);
    expect(loaded.sort()).toEqual([false, true]);
    await expect(loadDemoDataIfEmpty(database.url)).resolves.toBe(false);
    await expect(count(`SELECT count(*)::int AS n FROM council`)).resolves.toBe(7);
    await expect(count(`SELECT count(*)::int AS n FROM partnership`)).resolves.toBe(1);
    await expect(count(`SELECT count(*)::int AS n FROM intervention`)).resolves.toBe(1);
  });

  it('gives Hampshire children’s services teams a few hundred synthetic staff, some part-time', async () => {
    await expect(count(`SELECT count(*)::int AS n FROM team WHERE council_code = '${HAMPSHIRE}'`)).resolves.toBe(8);
    const staff = await count(`SELECT count(*)::int AS n FROM staff_member`);
    expect(staff).toBeGreaterThan(200);
    expect(staff).toBeLessThan(400);
    await expect(count(`SELECT count(*)::int AS n FROM staff_member WHERE contracted_fte < 1`)).resolves.toBeGreaterThan(0);
    await expect(count(`SELECT count(*)::int AS n FROM staff_member WHERE display_name NOT LIKE 'Synthetic Staff %'`)).resolves.toBe(0);
  });

  it('has the Buckinghamshire partnership as a draft linked to its intervention, with the Cabinet’s concerns as risks', async () => {
    const { rows } = await client.query(
      `SELECT p.stage, p.lead_council_code, p.supported_council_code, i.recommendation,
              (SELECT array_agg(category ORDER BY category) FROM risk r WHERE r.partnership_id = p.id) AS risks
       FROM partnership p JOIN intervention i ON i.id = p.intervention_id`,
    );
    expect(rows).toEqual([
      {
        stage: 'draft',
        lead_council_code: HAMPSHIRE,
        supported_council_code: 'E10000002',
        recommendation: 'retain_in_house',
        risks: ['own_service_priority', 'savings_programme', 'staff_pressure', 'travel_distance'],
      },
    ]);
  });
});
