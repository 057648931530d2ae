import pg from 'pg';
import { describeDatabase, PreflightFailure, reasonOf, type AccordConfiguration } from '#configuration';
import { auditTrailExposure } from './application-role.js';

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
