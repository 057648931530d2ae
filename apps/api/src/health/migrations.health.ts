import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

/** The schema is ready when no migration the code knows is still pending. */
@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  async areApplied(key = 'migrations') {
    const indicator = this.health.check(key);
    try {
      const pending = await this.dataSource.showMigrations();
      return pending ? indicator.down({ reason: 'migrations are pending' }) : indicator.up();
    } catch (error) {
      return indicator.down({ reason: (error as Error).message.split('\n')[0] });
    }
  }
}
