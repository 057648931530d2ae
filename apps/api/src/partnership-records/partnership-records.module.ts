import { Module } from '@nestjs/common';
import { PartnershipsModule } from '../partnerships/partnerships.module.js';
import { PartnershipRecordsController } from './partnership-records.controller.js';
import { PartnershipRecordsService } from './partnership-records.service.js';

@Module({
  imports: [PartnershipsModule],
  controllers: [PartnershipRecordsController],
  providers: [PartnershipRecordsService],
})
export class PartnershipRecordsModule {}
