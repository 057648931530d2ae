import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { redeliverWebhookEvent, WEBHOOK_DELIVERY_WORKFLOW_TYPE, webhookDeliveryWorkflowId, type WebhookDeliveryInput } from '#workflows';
import { TEMPORAL_CLIENT } from './temporal-client.tokens.js';

/** Starts a subscription's delivery workflow (one per subscription) and asks it to redeliver. */
@Injectable()
export class WebhookDeliveryClient {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration,
  ) {}

  /** Starts delivering (a new or resumed subscription); a running workflow is left as it is. */
  async ensureDelivering(subscriptionId: string): Promise<void> {
    await this.client.workflow.start(WEBHOOK_DELIVERY_WORKFLOW_TYPE, this.startOptions(subscriptionId));
  }

  /** Queues the event for sending again, starting the workflow if it had ended. */
  async redeliver(subscriptionId: string, eventId: string): Promise<void> {
    await this.client.workflow.signalWithStart(WEBHOOK_DELIVERY_WORKFLOW_TYPE, {
      ...this.startOptions(subscriptionId),
      signal: redeliverWebhookEvent,
      signalArgs: [eventId],
    });
  }

  private startOptions(subscriptionId: string) {
    const { webhooks } = this.config;
    const input: WebhookDeliveryInput = {
      subscriptionId,
      retryInitialIntervalMs: webhooks.retryInitialIntervalMs,
      retryMaximumIntervalMs: webhooks.retryMaximumIntervalMs,
      giveUpAfterMs: webhooks.giveUpAfterMs,
      pollIntervalMs: webhooks.pollIntervalMs,
    };
    return {
      taskQueue: this.config.temporal.taskQueue,
      workflowId: webhookDeliveryWorkflowId(subscriptionId),
      // A failing subscription's workflow has ended; resuming it starts a new run under the same id.
      workflowIdConflictPolicy: 'USE_EXISTING' as const,
      args: [input] as [WebhookDeliveryInput],
    };
  }
}
