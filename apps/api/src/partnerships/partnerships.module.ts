import { Module } from '@nestjs/common';
import { PartnershipActionsController } from './partnership-actions.controller.js';
import { PartnershipsController } from './partnerships.controller.js';
import { PartnershipsService } from './partnerships.service.js';

@Module({
  controllers: [PartnershipsController, PartnershipActionsController],
  providers: [PartnershipsService],
  exports: [PartnershipsService],
})
export class PartnershipsModule {}
