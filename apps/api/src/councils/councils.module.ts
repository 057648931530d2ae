import { Module } from '@nestjs/common';
import { CouncilsController } from './councils.controller.js';
import { CouncilsService } from './councils.service.js';
import { GovernanceSettingsService } from './governance-settings.service.js';

@Module({
  controllers: [CouncilsController],
  providers: [CouncilsService, GovernanceSettingsService],
})
export class CouncilsModule {}
