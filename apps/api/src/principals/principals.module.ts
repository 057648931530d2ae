import { Module } from '@nestjs/common';
import { AccessModule } from '#access';
import { PrincipalsController } from './principals.controller.js';
import { PrincipalsService } from './principals.service.js';

@Module({
  imports: [AccessModule],
  controllers: [PrincipalsController],
  providers: [PrincipalsService],
})
export class PrincipalsModule {}
