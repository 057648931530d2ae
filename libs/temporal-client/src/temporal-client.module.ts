import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '../../configuration/src/index.js';
import { PartnershipWorkflowClient } from './partnership-workflow.client.js';
import { TEMPORAL_CLIENT } from './temporal-client.tokens.js';

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [ACCORD_CONFIGURATION],
      useFactory: async (config: AccordConfiguration): Promise<Client> => {
        const connection = await Connection.connect({ address: config.temporal.address, connectTimeout: 5_000 });
        return new Client({ connection, namespace: config.temporal.namespace });
      },
    },
    PartnershipWorkflowClient,
  ],
  exports: [TEMPORAL_CLIENT, PartnershipWorkflowClient],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
