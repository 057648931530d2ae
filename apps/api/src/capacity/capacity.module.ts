import { Module } from '@nestjs/common';
import { CapacityModule as CapacityLibraryModule } from '#capacity';
import { PartnershipsModule } from '../partnerships/partnerships.module.js';
import { CapacityController } from './capacity.controller.js';
import { CouncilCapacityService } from './council-capacity.service.js';

@Module({
  imports: [CapacityLibraryModule, PartnershipsModule],
  controllers: [CapacityController],
  providers: [CouncilCapacityService],
})
export class CapacityApiModule {}
