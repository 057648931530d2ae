import { Module } from '@nestjs/common';
import { CapacityModule } from '#capacity';
import { DecisionsModule } from '#decisions';
import { ActiveLifeStepsService } from './active-life-steps.service.js';
import { PartnershipMirrorService } from './partnership-mirror.service.js';
import { PartnershipStepsService } from './partnership-steps.service.js';
import { SecondmentStepsService } from './secondment-steps.service.js';
import { SignOffStepsService } from './sign-off-steps.service.js';

const SERVICES = [PartnershipMirrorService, PartnershipStepsService, SignOffStepsService, SecondmentStepsService, ActiveLifeStepsService];

@Module({
  imports: [CapacityModule, DecisionsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ActivitiesModule {}
