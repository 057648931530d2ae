import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';

describe('partnership rules the database enforces', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  function insert(overrides: Partial<Record<'lead' | 'supported' | 'start' | 'end', string>> = {}) {
    const id = randomUUID();
    return client.query(
      `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, workflow_id)
       VALUES ($1, 'A partnership', $2, $3, $4, $5, $6)`,
      [
        id,
        overrides.lead ?? 'E10000014',
        overrides.supported ?? 'E10000002',
        overrides.start ?? '2018-05-01',
        overrides.end ?? '2022-03-31',
        `partnership-${id}`,
      ],
    );
  }

  it('accepts a partnership between two councils over a valid period', async () => {
    await expect(insert()).resolves.toMatchObject({ rowCount: 1 });
  });

  it('refuses a partnership between a council and itself', async () => {
    await expect(insert({ supported: 'E10000014' })).rejects.toThrow(/partnership_not_with_itself/);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(insert({ start: '2022-03-31', end: '2018-05-01' })).rejects.toThrow(/partnership_period_valid/);
  });

  it('refuses a council code that is not a GSS code', async () => {
    await expect(insert({ lead: 'HAMPSHIRE' })).rejects.toThrow(/partnership_lead_council_code_format/);
  });
});
