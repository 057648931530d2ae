import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Draining } from '../shutdown/draining.js';
import { HealthController } from './health.controller.js';
import { MigrationsHealthIndicator } from './migrations.health.js';
import { TemporalHealthIndicator } from './temporal.health.js';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [TemporalHealthIndicator, MigrationsHealthIndicator, Draining],
  exports: [Draining],
})
export class HealthModule {}
