import { Module } from '@nestjs/common';
import { ActivitiesModule } from '#activities';
import { ConfigurationModule } from '#configuration';
import { LoggingModule } from '#logging';
import { PersistenceModule } from '#persistence';

/** The worker's module graph: the same configuration and persistence as the API, no HTTP. */
@Module({
  imports: [ConfigurationModule, LoggingModule, PersistenceModule, ActivitiesModule],
})
export class WorkerModule {}
