import { Module } from '@nestjs/common';
import { CapacityService } from './capacity.service.js';
import { SecondmentBookingService } from './secondment-booking.service.js';

@Module({
  providers: [CapacityService, SecondmentBookingService],
  exports: [CapacityService, SecondmentBookingService],
})
export class CapacityModule {}
