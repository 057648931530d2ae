import getPort from 'get-port';
import pg from 'pg';
import path from 'node:path';
import { EmbeddedDatabase, removeEmbeddedDatabaseFiles } from '#local-stack';
import { runMigrations } from '#persistence';
import { seedReferenceCouncils } from '#reference-data';
import { projectRoot } from './child-process.js';

export interface OwnDatabase {
  server: EmbeddedDatabase;
  /** The application role, as the API and worker connect. */
  url: string;
  /** The schema owner, for what only the owner may do. */
  ownerUrl: string;
  /** Stops the server and deletes its files. */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL server of the test file's own, migrated and holding the reference councils as
 * the template does: for tests that stop and start the server, which they must never do to
 * the shared one other test files run against.
 */
export async function startOwnDatabase(name: string): Promise<OwnDatabase> {
  const dataDir = path.join(projectRoot, '.test-data', `${name}-${process.pid}`);
  await removeEmbeddedDatabaseFiles(dataDir);
  const server = new EmbeddedDatabase({ dataDir, port: await getPort(), database: 'accord', temporary: true });
  await server.start();
  await runMigrations({ url: server.url }, { applicationUrl: server.applicationUrl });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await seedReferenceCouncils(client);
  } finally {
    await client.end();
  }
  return {
    server,
    url: server.applicationUrl,
    ownerUrl: server.url,
    remove: () => server.remove(),
  };
}
