import { Module } from '@nestjs/common';
import { PartnershipMirrorService } from './partnership-mirror.service.js';

@Module({
  providers: [PartnershipMirrorService],
  exports: [PartnershipMirrorService],
})
export class ActivitiesModule {}
