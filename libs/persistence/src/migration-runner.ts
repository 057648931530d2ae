import { DataSource } from 'typeorm';
import { grantApplicationPrivileges } from './application-role.js';
import { buildDataSourceOptions, type DatabaseConnectionSettings } from './data-source-options.js';

/**
 * Applies every pending migration as the schema's owner (`settings.url`); returns the names of
 * those it ran. With `applicationUrl`, then gives the application's role its privileges (and
 * creates the role if it is missing): the API and worker connect as that role, never the owner.
 */
export async function runMigrations(settings: DatabaseConnectionSettings, options: { applicationUrl?: string } = {}): Promise<string[]> {
  const dataSource = new DataSource({ ...buildDataSourceOptions(settings), extra: { max: 1 } });
  await dataSource.initialize();
  let applied: string[];
  try {
    applied = (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
  if (options.applicationUrl) await grantApplicationPrivileges(settings.url, options.applicationUrl);
  return applied;
}
