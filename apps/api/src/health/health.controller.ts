import { Controller, Get } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/operation.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { Draining } from '../shutdown/draining.js';
import { DependencyHealth, LivenessResponse, ReadinessResponse } from './health.response.js';
import { MigrationsHealthIndicator } from './migrations.health.js';
import { TemporalHealthIndicator } from './temporal.health.js';

@ApiTags('health')
@ApiExtraModels(DependencyHealth)
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly draining: Draining,
  ) {}

  @Get('health')
  @ApiOperation({
    operationId: 'getLiveness',
    summary: 'Liveness: the process is up and serving HTTP',
    description: 'Touches no dependency, so an orchestrator restarts the process only when the process itself is stuck. No key needed.',
    security: [],
  })
  @ApiOkResponse({ description: 'The process is serving HTTP', type: LivenessResponse })
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Readiness: PostgreSQL and Temporal reachable, migrations applied, not shutting down',
    description:
      'Whether this instance can serve requests now; a load balancer sends traffic only while it answers 200. From SIGTERM on it answers 503 (`shutdown` down) while requests in flight finish. No key needed.',
    security: [],
  })
  @ApiOkResponse({ description: 'Every dependency is up and the schema is migrated', type: ReadinessResponse })
  @ApiServiceUnavailableResponse(
    problemResponse('A dependency is down, migrations are pending or the instance is shutting down; `checks` says which'),
  )
  readiness() {
    return this.health.check([
      () =>
        this.draining.active ? this.indicators.check('shutdown').down({ reason: 'shutting down' }) : this.indicators.check('shutdown').up(),
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      () => this.migrations.areApplied(),
      () => this.temporal.isReachable(),
    ]);
  }
}
