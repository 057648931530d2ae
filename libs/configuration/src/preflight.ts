import { Connection } from '@temporalio/client';
import pg from 'pg';
import type { AccordConfiguration } from './accord-configuration.js';

export class PreflightFailure extends Error {}

/** The first line of why a connection failed, for a one-line start-up error. */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || 'no reason given';
}

/** Host, port and database of a URL, without its credentials. */
export function describeDatabase(url: string): string {
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
