import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/operation.decorator.js';
import { MigrationsHealthIndicator } from './migrations.health.js';
import { TemporalHealthIndicator } from './temporal.health.js';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
  ) {}

  @Get('health')
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process is up and serving HTTP' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ operationId: 'getReadiness', summary: 'Readiness: PostgreSQL and Temporal reachable, migrations applied' })
  @ApiOkResponse({
    schema: {
      example: {
        status: 'ok',
        info: {
          database: { status: 'up' },
          migrations: { status: 'up' },
          temporal: { status: 'up', address: '127.0.0.1:7233', namespace: 'default' },
        },
        error: {},
        details: {},
      },
    },
  })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down or migrations are pending' })
  readiness() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      () => this.migrations.areApplied(),
      () => this.temporal.isReachable(),
    ]);
  }
}
