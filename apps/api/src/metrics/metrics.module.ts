import { Global, Module } from '@nestjs/common';
import { ApiMetrics } from './api-metrics.js';
import { BusinessGauges } from './business-gauges.js';
import { DatabasePoolGauges } from './database-pool-gauges.js';
import { MetricsController } from './metrics.controller.js';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [ApiMetrics, BusinessGauges, DatabasePoolGauges],
  exports: [ApiMetrics],
})
export class MetricsModule {}
