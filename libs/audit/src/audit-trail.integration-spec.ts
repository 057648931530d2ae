import pg from 'pg';
import { auditTrailExposure } from '#persistence';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';

const INSERT_EVENT = `INSERT INTO audit_event (actor_name, action, target_type, target_id, after) VALUES ('Tester', $1, 'partnership', $2, '{"stage":"draft"}')`;

describe('the audit trail is append-only', () => {
  let database: TestDatabase;
  let owner: pg.Client;
  let application: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The schema's owner, who ran the migrations; and the role the API and worker connect as.
    owner = new pg.Client({ connectionString: database.ownerUrl });
    application = new pg.Client({ connectionString: database.url });
    await Promise.all([owner.connect(), application.connect()]);
    await owner.query(INSERT_EVENT, ['partnership.created', 'p-1']);
  });

  afterAll(async () => {
    await Promise.all([owner?.end(), application?.end()]);
    await database?.drop();
  });

  const firstEvent = async () => (await owner.query(`SELECT actor_name FROM audit_event WHERE target_id = 'p-1'`)).rows;

  describe('to the owner of the table, by its triggers', () => {
    it('refuses to change an event', async () => {
      await expect(owner.query(`UPDATE audit_event SET actor_name = 'Someone else'`)).rejects.toThrow(/append-only: UPDATE/);
    });

    it('refuses to delete an event', async () => {
      await expect(owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only: DELETE/);
    });

    it('refuses to truncate the trail', async () => {
      await expect(owner.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE/);
    });
  });

  describe('to the application’s role, by its privileges as well', () => {
    it('lets it add and read events', async () => {
      await expect(application.query(INSERT_EVENT, ['partnership.submitted', 'p-2'])).resolves.toMatchObject({ rowCount: 1 });
      const read = await application.query(`SELECT action FROM audit_event WHERE target_id = 'p-2'`);
      expect(read.rows).toEqual([{ action: 'partnership.submitted' }]);
    });

    it.each([
      ['UPDATE', `UPDATE audit_event SET actor_name = 'Someone else'`],
      ['DELETE', `DELETE FROM audit_event`],
      ['TRUNCATE', `TRUNCATE audit_event`],
    ])('refuses it %s before any trigger runs', async (_verb, statement) => {
      await expect(application.query(statement)).rejects.toThrow(/permission denied for table audit_event/);
    });

    it.each([
      [
        'disabling a trigger',
        `ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`,
        /must be owner of table audit_event/,
      ],
      ['disabling every trigger', `ALTER TABLE audit_event DISABLE TRIGGER ALL`, /must be owner of table audit_event/],
      ['dropping a trigger', `DROP TRIGGER audit_event_no_truncate ON audit_event`, /must be owner of relation audit_event/],
      [
        'replacing the trigger function',
        `CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END'`,
        /permission denied for schema|must be owner of function/,
      ],
    ])('refuses it %s', async (_what, statement, refusal) => {
      await expect(application.query(statement)).rejects.toThrow(refusal);
    });

    it('refuses it the replica mode that skips triggers', async () => {
      await expect(application.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    });

    it('finds nothing through which the role could change the trail, and names what the owner could', async () => {
      await expect(auditTrailExposure(application)).resolves.toBeNull();
      await expect(auditTrailExposure(owner)).resolves.toMatch(/superuser|owns/);
    });
  });

  it('still holds the first event after every attempt', async () => {
    expect(await firstEvent()).toEqual([{ actor_name: 'Tester' }]);
  });
});
