import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { PartnershipWorkflowClient } from './partnership-workflow.client.js';
import { TEMPORAL_CLIENT } from './temporal-client.tokens.js';
import { WebhookDeliveryClient } from './webhook-delivery.client.js';

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [ACCORD_CONFIGURATION],
      useFactory: async (config: AccordConfiguration): Promise<Client> => {
        const connection = await Connection.connect({
          address: config.temporal.address,
          connectTimeout: 5_000,
          // The API answers people and integrations: while Temporal is unreachable it retries for
          // about 2 s (the SDK's default is about 15 s), then answers 503 with Retry-After.
          interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 6 }))],
          // Reconnect within a second of Temporal's return, however long it was away (gRPC's default backoff grows to 2 min).
          channelArgs: { 'grpc.max_reconnect_backoff_ms': 1_000 },
        });
        return new Client({
          connection,
          namespace: config.temporal.namespace,
          // Starting a workflow or sending it an update is a span of the request's trace, carried
          // to the worker in the workflow's headers. A no-op while the process does not trace.
          interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
        });
      },
    },
    PartnershipWorkflowClient,
    WebhookDeliveryClient,
  ],
  exports: [TEMPORAL_CLIENT, PartnershipWorkflowClient, WebhookDeliveryClient],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
