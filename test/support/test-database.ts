import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { stackValue } from './test-stack.js';

export interface TestDatabase {
  /** As the application's role (the API and worker): it may INSERT and SELECT the audit trail, nothing more there. */
  url: string;
  /** As the schema's owner (the cluster's superuser here), for what only migrations do. */
  ownerUrl: string;
  name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: stackValue('adminDatabaseUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database copied from the migrated template (reference councils included): each test
 * file gets its own. With `withoutData`, the schema only, as a fresh install has before its first start.
 */
export async function createTestDatabase(options: { withoutData?: boolean } = {}): Promise<TestDatabase> {
  const name = `accord_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const template = stackValue('templateDatabase');
  await withAdmin((client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`));
  const ownerUrl = new URL(stackValue('adminDatabaseUrl'));
  ownerUrl.pathname = `/${name}`;
  const url = new URL(stackValue('applicationDatabaseUrl'));
  url.pathname = `/${name}`;
  if (options.withoutData) await emptyTables(ownerUrl.toString());
  return {
    url: url.toString(),
    ownerUrl: ownerUrl.toString(),
    name,
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)).then(() => undefined),
  };
}

async function emptyTables(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The template holds only the reference councils (audit_event, which refuses deletes, is empty).
    await client.query('DELETE FROM governance_settings; DELETE FROM council_succession; DELETE FROM council');
  } finally {
    await client.end();
  }
}
