import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/operation.decorator.js';
import { ApiMetrics } from './api-metrics.js';

/** Prometheus scrapes this; like the health checks it is left to the network to keep it internal. */
@ApiTags('operations')
@Controller()
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Get('metrics')
  @Public()
  @ApiSecurity({})
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/plain')
  @ApiOperation({
    operationId: 'getMetrics',
    summary: 'Prometheus metrics of this API process and the business gauges (partnerships by stage, teams below floor, …)',
    description:
      'Prometheus text exposition of this API process and the business gauges, for the operator’s monitoring. Public, without an API key, like the health checks: the network is left to keep it internal.',
  })
  @ApiOkResponse({
    description: 'Prometheus text exposition format',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
