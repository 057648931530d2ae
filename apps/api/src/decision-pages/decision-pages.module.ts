import { Module } from '@nestjs/common';
import { AccessModule } from '#access';
import { DecisionsModule } from '#decisions';
import { DecisionPagesController } from './decision-pages.controller.js';

@Module({
  imports: [AccessModule, DecisionsModule],
  controllers: [DecisionPagesController],
})
export class DecisionPagesModule {}
