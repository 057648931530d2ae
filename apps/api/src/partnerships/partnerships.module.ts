import { Module } from '@nestjs/common';
import { PARTNERSHIP_ACTIONS, PartnershipActionsService } from './actions/index.js';
import { PartnershipDetailService } from './partnership-detail.service.js';
import { PartnershipsController } from './partnerships.controller.js';
import { PartnershipsService } from './partnerships.service.js';

@Module({
  controllers: [PartnershipsController, ...PARTNERSHIP_ACTIONS],
  providers: [PartnershipsService, PartnershipActionsService, PartnershipDetailService],
  exports: [PartnershipsService, PartnershipActionsService],
})
export class PartnershipsModule {}
