import { Module } from '@nestjs/common';
import { ActivePartnershipActionsController } from './active-partnership-actions.controller.js';
import { PartnershipActionsController } from './partnership-actions.controller.js';
import { PartnershipActiveLifeService } from './partnership-active-life.service.js';
import { PartnershipDetailService } from './partnership-detail.service.js';
import { PartnershipsController } from './partnerships.controller.js';
import { PartnershipsService } from './partnerships.service.js';

@Module({
  controllers: [PartnershipsController, PartnershipActionsController, ActivePartnershipActionsController],
  providers: [PartnershipsService, PartnershipActiveLifeService, PartnershipDetailService],
  exports: [PartnershipsService, PartnershipActiveLifeService],
})
export class PartnershipsModule {}
