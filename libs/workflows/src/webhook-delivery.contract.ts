import { defineSignal } from '@temporalio/workflow';

/** One delivery workflow per webhook subscription: the id is derived, so starting it twice finds the running one. */
export function webhookDeliveryWorkflowId(subscriptionId: string): string {
  return `webhook-subscription-${subscriptionId}`;
}

export const WEBHOOK_DELIVERY_WORKFLOW_TYPE = 'webhookDeliveryWorkflow';

/** Failure types the delivery activities raise; neither is cured by retrying. */
export const WEBHOOK_SUBSCRIPTION_GONE = 'WebhookSubscriptionGone';
export const WEBHOOK_DESTINATION_REFUSED = 'WebhookDestinationRefused';

/** Every duration is an input, so tests can shrink the back-off and deployments can tune it. */
export interface WebhookDeliveryInput {
  subscriptionId: string;
  retryInitialIntervalMs: number;
  retryMaximumIntervalMs: number;
  /** After this long failing to deliver one event, the subscription is marked failing (three days by default). */
  giveUpAfterMs: number;
  /** How often to look for new events when there were none. */
  pollIntervalMs: number;
  /** Redeliveries asked for but not yet made when the run continued as new. */
  pendingRedeliveries?: string[];
}

/** An event's place in the feed, as decimal strings (xid8 and bigint do not fit a JSON number). */
export interface WebhookEventPosition {
  xactId: string;
  eventId: string;
}

export interface WebhookEventsBatch {
  /** False once the subscription is deleted or marked failing: the workflow ends. */
  active: boolean;
  events: { eventId: string; position: WebhookEventPosition }[];
}

export interface WebhookDelivery {
  subscriptionId: string;
  eventId: string;
  /** A redelivery asked for by the integrator: logged as such, and the subscription's place stays where it is. */
  redelivery: boolean;
  position?: WebhookEventPosition;
}

export interface WebhookDeliveryActivities {
  nextWebhookEvents(input: { subscriptionId: string }): Promise<WebhookEventsBatch>;
  /** One attempt, logged; throws when the receiver did not take it, so the retry policy backs off. */
  deliverWebhookEvent(input: WebhookDelivery): Promise<void>;
  markWebhookSubscriptionFailing(input: { subscriptionId: string; eventId: string; reason: string }): Promise<void>;
}

/** Asks for an event to be sent again (the integrator lost it); it goes before the next new event. */
export const redeliverWebhookEvent = defineSignal<[eventId: string]>('redeliverWebhookEvent');
