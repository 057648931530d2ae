import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';

describe('the audit trail is append-only', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The application's own database user: it owns the table and ran the migrations.
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `INSERT INTO audit_event (actor_name, action, target_type, target_id, after) VALUES ('Tester', 'partnership.created', 'partnership', 'p-1', '{"stage":"draft"}')`,
    );
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('accepts new events', async () => {
    await expect(
      client.query(`INSERT INTO audit_event (actor_name, action, target_type, target_id) VALUES ('Tester', 'x', 'partnership', 'p-2')`),
    ).resolves.toMatchObject({ rowCount: 1 });
  });

  it('refuses to change an event, even to the owner of the table', async () => {
    await expect(client.query(`UPDATE audit_event SET actor_name = 'Someone else'`)).rejects.toThrow(/append-only: UPDATE/);
  });

  it('refuses to delete an event', async () => {
    await expect(client.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only: DELETE/);
  });

  it('refuses to truncate the trail', async () => {
    await expect(client.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it('still holds the first event after every attempt', async () => {
    const result = await client.query(`SELECT actor_name FROM audit_event WHERE target_id = 'p-1'`);
    expect(result.rows).toEqual([{ actor_name: 'Tester' }]);
  });
});
