import { Module } from '@nestjs/common';
import { CapacityModule } from '#capacity';
import { SecondmentsController } from './secondments.controller.js';
import { SecondmentsService } from './secondments.service.js';

@Module({
  imports: [CapacityModule],
  controllers: [SecondmentsController],
  providers: [SecondmentsService],
})
export class SecondmentsModule {}
