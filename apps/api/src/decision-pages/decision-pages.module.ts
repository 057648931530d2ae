import { Module } from '@nestjs/common';
import { DecisionsModule } from '#decisions';
import { AuthenticationModule } from '../auth/authentication.module.js';
import { DecisionPagesController } from './decision-pages.controller.js';

@Module({
  imports: [AuthenticationModule, DecisionsModule],
  controllers: [DecisionPagesController],
})
export class DecisionPagesModule {}
