import getPort from 'get-port';
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedDatabase } from './embedded-database.js';
import { EmbeddedDatabaseUnreachable, firstFolderClosedToOthers, postgresRunsAsAnotherUser } from './postgres-user-access.js';

describe('an embedded PostgreSQL whose project folder is inside a folder only its owner may enter', () => {
  let closed: string;
  let dataDir: string;

  beforeEach(async () => {
    // As a clone in root's home (mode 700) has it.
    closed = await mkdtemp(path.join(tmpdir(), 'accord-home-'));
    await chmod(closed, 0o700);
    dataDir = path.join(closed, 'accord', '.data', 'postgres');
  });

  afterEach(async () => {
    await rm(closed, { recursive: true, force: true });
  });

  it('names the first folder others may not enter, judging the folders above the target only', async () => {
    await mkdir(path.join(closed, 'accord', 'open'), { recursive: true, mode: 0o755 });
    await expect(firstFolderClosedToOthers(path.join(closed, 'accord', 'open', 'x'))).resolves.toEqual({ folder: closed, mode: '700' });
    await expect(firstFolderClosedToOthers(closed)).resolves.toBeUndefined();
  });

  (postgresRunsAsAnotherUser() ? describe : describe.skip)('as root (PostgreSQL runs as the postgres user)', () => {
    it('stops before spawning anything, with one line saying what to do', async () => {
      const database = new EmbeddedDatabase({ dataDir, port: await getPort(), database: 'accord' });
      const refusal = await database.start().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(EmbeddedDatabaseUnreachable);
      const { message } = refusal as Error;
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toContain(`cannot enter ${closed} (mode 700)`);
      expect(message).toContain('put Accord in a folder other users may enter');
      // No cluster was begun: initdb never ran.
      await expect(readdir(path.dirname(dataDir))).resolves.toEqual([]);
    });
  });

  (postgresRunsAsAnotherUser() ? describe.skip : describe)("as the folder's owner (PostgreSQL runs as this user)", () => {
    it('starts and answers', async () => {
      const database = new EmbeddedDatabase({ dataDir, port: await getPort(), database: 'accord' });
      await database.start();
      try {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        await expect(client.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
        await client.end();
      } finally {
        await database.stop();
      }
    });
  });
});
