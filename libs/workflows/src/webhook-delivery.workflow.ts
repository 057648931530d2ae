import { ActivityFailure, ApplicationFailure, condition, continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  redeliverWebhookEvent,
  WEBHOOK_SUBSCRIPTION_GONE,
  type WebhookDelivery,
  type WebhookDeliveryActivities,
  type WebhookDeliveryInput,
} from './webhook-delivery.contract.js';

/** Polls of the feed per run before continuing as new, so the history stays small however long it runs. */
const ROUNDS_PER_RUN = 200;

/**
 * Delivers a subscription's events one at a time, in feed order: the next event waits until the
 * one before is taken, so receivers see them in order. A failed attempt is retried by the
 * activity's retry policy with exponential back-off; when one event has failed for
 * `giveUpAfterMs` the subscription is marked failing and the workflow ends (resuming the
 * subscription starts it again from the event that failed).
 */
export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<void> {
  const reading = proxyActivities<WebhookDeliveryActivities>({ startToCloseTimeout: '1 minute' });
  const delivering = proxyActivities<WebhookDeliveryActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: input.giveUpAfterMs,
    retry: {
      initialInterval: input.retryInitialIntervalMs,
      backoffCoefficient: 2,
      maximumInterval: input.retryMaximumIntervalMs,
      nonRetryableErrorTypes: [WEBHOOK_SUBSCRIPTION_GONE],
    },
  });
  const redeliveries = [...(input.pendingRedeliveries ?? [])];
  setHandler(redeliverWebhookEvent, (eventId) => {
    redeliveries.push(eventId);
  });

  const deliver = async (delivery: WebhookDelivery): Promise<boolean> => {
    try {
      await delivering.deliverWebhookEvent(delivery);
      return true;
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      const gone = error.cause instanceof ApplicationFailure && error.cause.type === WEBHOOK_SUBSCRIPTION_GONE;
      if (!gone) {
        const reason = error.cause?.message ?? error.message;
        await reading.markWebhookSubscriptionFailing({ subscriptionId: input.subscriptionId, eventId: delivery.eventId, reason });
      }
      return false;
    }
  };

  for (let round = 0; round < ROUNDS_PER_RUN; round++) {
    while (redeliveries.length > 0) {
      if (!(await deliver({ subscriptionId: input.subscriptionId, eventId: redeliveries[0], redelivery: true }))) return;
      redeliveries.shift();
    }
    const batch = await reading.nextWebhookEvents({ subscriptionId: input.subscriptionId });
    if (!batch.active) return;
    for (const event of batch.events) {
      const delivery = { subscriptionId: input.subscriptionId, eventId: event.eventId, redelivery: false, position: event.position };
      if (!(await deliver(delivery))) return;
    }
    if (batch.events.length === 0) await condition(() => redeliveries.length > 0, input.pollIntervalMs);
  }
  await continueAsNew<typeof webhookDeliveryWorkflow>({ ...input, pendingRedeliveries: redeliveries });
}
