import { Module } from '@nestjs/common';
import { DecisionsModule } from '../../../../libs/decisions/src/index.js';
import { DecisionRecordsController } from './decision-records.controller.js';

@Module({
  imports: [DecisionsModule],
  controllers: [DecisionRecordsController],
})
export class DecisionRecordsModule {}
