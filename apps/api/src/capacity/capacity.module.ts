import { Module } from '@nestjs/common';
import { CapacityModule as CapacityLibraryModule } from '../../../../libs/capacity/src/index.js';
import { PartnershipsModule } from '../partnerships/partnerships.module.js';
import { CapacityController } from './capacity.controller.js';

@Module({
  imports: [CapacityLibraryModule, PartnershipsModule],
  controllers: [CapacityController],
})
export class CapacityApiModule {}
