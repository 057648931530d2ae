import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { ApiMetrics } from './api-metrics.js';

/** The pg pool behind TypeORM: connections in use, idle, and requests waiting for one. */
@Injectable()
export class DatabasePoolGauges implements OnModuleInit {
  constructor(
    private readonly metrics: ApiMetrics,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const pool = (): Pool | undefined => (this.dataSource.driver as unknown as { master?: Pool }).master;
    this.metrics.gauge('accord_db_pool_connections', 'Database pool connections by state (in_use, idle, waiting)', ['state'], (gauge) => {
      const current = pool();
      if (!current) return;
      gauge.set({ state: 'in_use' }, current.totalCount - current.idleCount);
      gauge.set({ state: 'idle' }, current.idleCount);
      gauge.set({ state: 'waiting' }, current.waitingCount);
    });
  }
}
