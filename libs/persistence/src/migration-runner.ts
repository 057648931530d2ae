import { DataSource } from 'typeorm';
import { buildDataSourceOptions, type DatabaseConnectionSettings } from './data-source-options.js';

/** Applies every pending migration; returns the names of those it ran. */
export async function runMigrations(settings: DatabaseConnectionSettings): Promise<string[]> {
  const dataSource = new DataSource({ ...buildDataSourceOptions(settings), extra: { max: 1 } });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
