import { Connection } from '@temporalio/client';
import pg from 'pg';
import { auditTrailExposure } from '../../persistence/src/application-role.js';
import type { AccordConfiguration } from './accord-configuration.js';

export class PreflightFailure extends Error {}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || 'no reason given';
}

function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the configured database';
  }
}

/** Checks that PostgreSQL answers before Nest starts, so a bad URL is one clear line. */
export async function checkDatabaseReachable(config: Pick<AccordConfiguration, 'database'>): Promise<void> {
  const client = new pg.Client({ connectionString: config.database.url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new PreflightFailure(`cannot reach PostgreSQL at ${describeDatabase(config.database.url)}: ${reasonOf(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Checks that the API or worker connects as the application's role, which cannot change or
 * silence the audit trail; the schema's owner (or a superuser) would void its append-only rule.
 */
export async function checkConnectedAsApplicationRole(config: Pick<AccordConfiguration, 'database'>): Promise<void> {
  const client = new pg.Client({ connectionString: config.database.url, connectionTimeoutMillis: 5_000 });
  let exposure: string | null;
  try {
    await client.connect();
    exposure = await auditTrailExposure(client);
  } catch (error) {
    throw new PreflightFailure(`cannot reach PostgreSQL at ${describeDatabase(config.database.url)}: ${reasonOf(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  if (exposure) {
    const role = decodeURIComponent(new URL(config.database.url).username);
    throw new PreflightFailure(
      `the database role "${role}" of DATABASE_URL ${exposure}: connect as the application's own role and run migrations as the owner (DATABASE_OWNER_URL); see "Database roles" in the README`,
    );
  }
}

/** Checks that the Temporal frontend answers and the namespace exists. */
export async function checkTemporalReachable(config: Pick<AccordConfiguration, 'temporal'>): Promise<void> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address: config.temporal.address, connectTimeout: 5_000 });
    await connection.workflowService.describeNamespace({ namespace: config.temporal.namespace });
  } catch (error) {
    throw new PreflightFailure(
      `cannot reach Temporal namespace "${config.temporal.namespace}" at ${config.temporal.address}: ${reasonOf(error)}`,
    );
  } finally {
    await connection?.close().catch(() => undefined);
  }
}
