import getPort from 'get-port';
import { execFile } from 'node:child_process';
import { access, chmod, lstat, mkdir, mkdtemp, readdir, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { EmbeddedDatabase } from './embedded-database.js';
import { EmbeddedDatabaseCannotRun } from './embedded-database-cannot-run.js';
import { SHARED_CLUSTERS_FOLDER } from './postgres-cluster-folder.js';
import { postgresRunsAsAnotherUser, serverUser } from './postgres-server-user.js';
import { ownFolderOpenToEnter } from './shared-postgres-folder.js';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

async function query<Row>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The names under the shared clusters folder made for `cluster` (the cluster and its record). */
async function sharedEntriesOf(cluster: string): Promise<string[]> {
  const names = await readdir(SHARED_CLUSTERS_FOLDER).catch(() => []);
  return names.filter((name) => name.startsWith(path.basename(cluster)));
}

describe('an embedded PostgreSQL whose project folder is inside a folder only its owner may enter', () => {
  let closed: string;
  let dataDir: string;
  const started: EmbeddedDatabase[] = [];

  const database = async (folder = dataDir, options: { temporary?: boolean } = {}) => {
    const created = new EmbeddedDatabase({ dataDir: folder, port: await getPort(), database: 'accord', ...options });
    started.push(created);
    return created;
  };

  beforeEach(async () => {
    // As a clone in root's home (mode 700) has it; as root, PostgreSQL runs as `postgres`, who cannot enter.
    closed = await mkdtemp(path.join(tmpdir(), 'accord-home-'));
    await chmod(closed, 0o700);
    dataDir = path.join(closed, 'accord', '.data', 'postgres');
  });

  afterEach(async () => {
    for (const each of started.splice(0)) await each.remove();
    await rm(closed, { recursive: true, force: true });
  });

  it('starts, answers, keeps its data across a restart, and removes every file it made', async () => {
    const server = await database();
    await server.start();
    const cluster = server.clusterDir;
    // As root: out of the closed folder, and the data folder links to it. Otherwise: the data folder itself.
    const elsewhere = postgresRunsAsAnotherUser();
    expect(path.dirname(cluster)).toBe(elsewhere ? SHARED_CLUSTERS_FOLDER : path.dirname(dataDir));
    expect((await lstat(dataDir)).isSymbolicLink()).toBe(elsewhere);
    expect(await realpath(dataDir)).toBe(cluster);
    // Either way the server user's own, closed to others.
    const { ids } = await serverUser();
    const folder = await stat(cluster);
    expect({ owner: folder.uid, mode: folder.mode & 0o777 }).toEqual({ owner: ids?.uid ?? process.getuid?.(), mode: 0o700 });
    await expect(query(server.url, 'SHOW data_directory')).resolves.toEqual([{ data_directory: cluster }]);
    await query(server.url, "CREATE TABLE kept (word text); INSERT INTO kept VALUES ('still here')");

    await server.stop();
    await expect(query(server.url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
    await server.start();
    expect(server.clusterDir).toBe(cluster);
    await expect(query(server.url, 'SELECT word FROM kept')).resolves.toEqual([{ word: 'still here' }]);

    await server.remove();
    await expect(lstat(dataDir)).rejects.toThrow(/ENOENT/);
    expect(await exists(cluster)).toBe(false);
    expect(await sharedEntriesOf(cluster)).toEqual([]);
  });

  it("starts afresh when the project's data was deleted by hand, leaving the old cluster nowhere", async () => {
    const first = await database();
    await first.start();
    const cluster = first.clusterDir;
    await query(first.url, 'CREATE TABLE forgotten (word text)');
    await first.stop();
    // `rm -rf .data`: as root, this removes only the link to the cluster.
    await rm(path.join(closed, 'accord'), { recursive: true, force: true });

    const second = await database();
    await second.start();
    expect(second.clusterDir).toBe(cluster);
    await expect(query(second.url, "SELECT to_regclass('forgotten') AS found")).resolves.toEqual([{ found: null }]);
    await second.remove();
    expect(await sharedEntriesOf(cluster)).toEqual([]);
  });

  it('removes, at the next start, a temporary cluster its process left behind when it ended', async () => {
    const abandonedDir = path.join(closed, 'stopped-run', '.test-data', 'postgres');
    // A test run that ends without removing its database (interrupted before its teardown).
    const script = [
      `const { EmbeddedDatabase } = await import(${JSON.stringify(path.join(import.meta.dirname, 'embedded-database.ts'))});`,
      `const server = new EmbeddedDatabase({ dataDir: ${JSON.stringify(abandonedDir)}, port: ${await getPort()}, database: 'accord', temporary: true });`,
      'await server.start();',
      'await server.stop();',
      'console.log(server.clusterDir);',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    const abandoned = stdout.trim().split('\n').at(-1) ?? '';
    expect(await exists(path.join(abandoned, 'PG_VERSION'))).toBe(true);

    const next = await database();
    await next.start();
    // As root it was in the shared folder, and is gone; otherwise it stayed in its own folder, the owner's to delete.
    const elsewhere = postgresRunsAsAnotherUser();
    expect(path.dirname(abandoned)).toBe(elsewhere ? SHARED_CLUSTERS_FOLDER : path.dirname(abandonedDir));
    expect(await exists(abandoned)).toBe(!elsewhere);
    expect(await sharedEntriesOf(abandoned)).toEqual([]);
  });

  it('refuses in one line, as root, a cluster whose folders were closed to its server user after it was made', async () => {
    await chmod(closed, 0o755);
    const server = await database();
    await server.start();
    expect(server.clusterDir).toBe(dataDir);
    await server.stop();
    // As when a clone under /srv is moved into root's home.
    await chmod(closed, 0o700);
    const refusal = await server.start().then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    // Its own user still reaches it; the postgres user cannot, and moving a cluster is the owner's choice.
    const elsewhere = postgresRunsAsAnotherUser();
    expect(refusal instanceof EmbeddedDatabaseCannotRun).toBe(elsewhere);
    expect(refusal?.message.split('\n').length ?? 1).toBe(1);
    expect(refusal?.message ?? '').toContain(
      elsewhere ? `the PostgreSQL cluster in ${dataDir} is where the "postgres" user cannot reach it` : '',
    );
  });

  it('refuses, in one line, a shared folder that another user could write', async () => {
    const shared = path.join(closed, 'shared');
    await mkdir(shared);
    await chmod(shared, 0o777);
    const refusal = await ownFolderOpenToEnter(shared).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(EmbeddedDatabaseCannotRun);
    expect((refusal as Error).message.split('\n')).toHaveLength(1);
    expect((refusal as Error).message).toContain(`${shared} is not a folder of this user that only it may write`);
    expect((refusal as Error).message).toContain('mode 777');
  });
});
