import { Module } from '@nestjs/common';
import { CapacityModule } from '../../capacity/src/index.js';
import { DecisionsModule } from '../../decisions/src/index.js';
import { PartnershipMirrorService } from './partnership-mirror.service.js';
import { PartnershipStepsService } from './partnership-steps.service.js';

@Module({
  imports: [CapacityModule, DecisionsModule],
  providers: [PartnershipMirrorService, PartnershipStepsService],
  exports: [PartnershipMirrorService, PartnershipStepsService],
})
export class ActivitiesModule {}
