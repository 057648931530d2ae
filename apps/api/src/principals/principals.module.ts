import { Module } from '@nestjs/common';
import { AccessModule } from '#access';
import { AuthenticationModule } from '../auth/authentication.module.js';
import { PrincipalsController } from './principals.controller.js';
import { PrincipalsService } from './principals.service.js';

@Module({
  imports: [AccessModule, AuthenticationModule],
  controllers: [PrincipalsController],
  providers: [PrincipalsService],
})
export class PrincipalsModule {}
