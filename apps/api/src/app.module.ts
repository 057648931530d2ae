import { Module } from '@nestjs/common';
import { ConfigurationModule } from '../../../libs/configuration/src/index.js';
import { LoggingModule } from '../../../libs/logging/src/index.js';
import { PersistenceModule } from '../../../libs/persistence/src/index.js';
import { TemporalClientModule } from '../../../libs/temporal-client/src/index.js';
import { HealthModule } from './health/health.module.js';
import { PartnershipsModule } from './partnerships/partnerships.module.js';

@Module({
  imports: [ConfigurationModule, LoggingModule, PersistenceModule, TemporalClientModule, HealthModule, PartnershipsModule],
})
export class AppModule {}
