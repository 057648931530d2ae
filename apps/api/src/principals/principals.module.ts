import { Module } from '@nestjs/common';
import { AccessModule } from '../../../../libs/access/src/index.js';
import { PrincipalsController } from './principals.controller.js';
import { PrincipalsService } from './principals.service.js';

@Module({
  imports: [AccessModule],
  controllers: [PrincipalsController],
  providers: [PrincipalsService],
})
export class PrincipalsModule {}
