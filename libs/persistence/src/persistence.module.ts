import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { buildDataSourceOptions } from './data-source-options.js';

/** TypeORM over the configured PostgreSQL; fails fast instead of retrying for half a minute. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ACCORD_CONFIGURATION],
      useFactory: (config: AccordConfiguration) => ({
        ...buildDataSourceOptions({ url: config.database.url, poolMax: config.database.poolMax }),
        retryAttempts: 0,
      }),
    }),
  ],
})
export class PersistenceModule {}
