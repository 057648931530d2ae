import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Client } from '@temporalio/client';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { TEMPORAL_CLIENT } from '#temporal-client';

/** Temporal is ready when its frontend answers for our namespace within the deadline. */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration,
  ) {}

  async isReachable(key = 'temporal') {
    const indicator = this.health.check(key);
    try {
      await this.client.connection.withDeadline(Date.now() + 2_000, () =>
        this.client.connection.workflowService.describeNamespace({ namespace: this.config.temporal.namespace }),
      );
      return indicator.up({ address: this.config.temporal.address, namespace: this.config.temporal.namespace });
    } catch (error) {
      return indicator.down({ address: this.config.temporal.address, reason: (error as Error).message.split('\n')[0] });
    }
  }
}
