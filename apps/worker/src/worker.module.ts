import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../../../libs/activities/src/index.js';
import { ConfigurationModule } from '../../../libs/configuration/src/index.js';
import { LoggingModule } from '../../../libs/logging/src/index.js';
import { PersistenceModule } from '../../../libs/persistence/src/index.js';

/** The worker's module graph: the same configuration and persistence as the API, no HTTP. */
@Module({
  imports: [ConfigurationModule, LoggingModule, PersistenceModule, ActivitiesModule],
})
export class WorkerModule {}
