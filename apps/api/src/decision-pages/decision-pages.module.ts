import { Module } from '@nestjs/common';
import { AccessModule } from '#access';
import { DecisionsModule } from '#decisions';
import { IdentityModule } from '#identity';
import { BearerAuthentication } from '../auth/bearer-authentication.js';
import { DecisionPagesController } from './decision-pages.controller.js';

@Module({
  imports: [AccessModule, DecisionsModule, IdentityModule],
  providers: [BearerAuthentication],
  controllers: [DecisionPagesController],
})
export class DecisionPagesModule {}
