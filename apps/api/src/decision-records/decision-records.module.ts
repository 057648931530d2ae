import { Module } from '@nestjs/common';
import { DecisionsModule } from '#decisions';
import { DecisionRecordsController } from './decision-records.controller.js';

@Module({
  imports: [DecisionsModule],
  controllers: [DecisionRecordsController],
})
export class DecisionRecordsModule {}
