import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { ENTITIES } from './entities.js';

export interface DatabaseConnectionSettings {
  url: string;
  poolMax?: number;
  /** Schema for throwaway test databases; production uses `public`. */
  schema?: string;
}

/** The one place TypeORM's options are built: used by Nest, the migration runner and tests. */
export function buildDataSourceOptions(settings: DatabaseConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    schema: settings.schema,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: settings.poolMax ?? 5, connectionTimeoutMillis: 5_000 },
  };
}
