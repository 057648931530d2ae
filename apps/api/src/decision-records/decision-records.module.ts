import { Module } from '@nestjs/common';
import { DecisionRecordsController } from './decision-records.controller.js';
import { DecisionRecordsService } from './decision-records.service.js';

@Module({
  controllers: [DecisionRecordsController],
  providers: [DecisionRecordsService],
})
export class DecisionRecordsModule {}
