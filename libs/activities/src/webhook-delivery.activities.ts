import { Inject, Injectable } from '@nestjs/common';
import { activityInfo, ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { isDomainEventType } from '#domain';
import { readEventFeed, RefusedDestinationError, sendWebhook, vetDestination, webhookSignature, type WebhookResponse } from '#events';
import {
  WEBHOOK_DESTINATION_REFUSED,
  WEBHOOK_SUBSCRIPTION_GONE,
  type WebhookDelivery,
  type WebhookDeliveryActivities,
  type WebhookEventsBatch,
} from '#workflows';

const BATCH = 20;

interface SubscriptionRow {
  council_code: string;
  url: string;
  event_types: string[];
  status: 'active' | 'failing';
  cursor_xact_id: string;
  cursor_event_id: string;
  secrets: string[];
}

/**
 * Sends a subscription's events as Standard Webhooks: signed with every live secret, each
 * attempt logged with its status, latency and error. A failed attempt throws, and the
 * workflow's retry policy decides when to try again.
 */
@Injectable()
export class WebhookDeliveryActivityService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration,
  ) {}

  activities(): WebhookDeliveryActivities {
    return {
      nextWebhookEvents: (input) => this.nextEvents(input.subscriptionId),
      deliverWebhookEvent: (input) => this.deliver(input),
      markWebhookSubscriptionFailing: (input) => this.markFailing(input),
    };
  }

  private async subscription(subscriptionId: string): Promise<SubscriptionRow | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT council_code, url, event_types, status, cursor_xact_id::text, cursor_event_id::text,
         array_remove(ARRAY[secret, CASE WHEN previous_secret_expires_at > now() THEN previous_secret END], NULL) AS secrets
       FROM webhook_subscription WHERE id = $1`,
      [subscriptionId],
    )) as SubscriptionRow[];
    return row;
  }

  /** The next events after the subscription's place, for its council and types; nothing once it is failing or gone. */
  async nextEvents(subscriptionId: string): Promise<WebhookEventsBatch> {
    const subscription = await this.subscription(subscriptionId);
    if (!subscription || subscription.status !== 'active') return { active: false, events: [] };
    const page = await readEventFeed(this.dataSource, {
      after: { xactId: BigInt(subscription.cursor_xact_id), eventId: BigInt(subscription.cursor_event_id) },
      limit: BATCH,
      councilCode: subscription.council_code,
      types: subscription.event_types.filter(isDomainEventType),
    });
    if (page.events.length === 0) {
      // Nothing for this subscription among what has settled: skip past other councils' events for good.
      await this.advance(subscriptionId, page.next.xactId.toString(), page.next.eventId.toString());
    }
    return {
      active: true,
      events: page.events.map((event) => ({
        eventId: event.id,
        position: { xactId: event.position.xactId.toString(), eventId: event.position.eventId.toString() },
      })),
    };
  }

  async deliver(delivery: WebhookDelivery): Promise<void> {
    const subscription = await this.subscription(delivery.subscriptionId);
    if (!subscription) {
      throw ApplicationFailure.create({ type: WEBHOOK_SUBSCRIPTION_GONE, message: 'the subscription was deleted', nonRetryable: true });
    }
    const [event] = (await this.dataSource.query(
      `SELECT id::text, type, occurred_at, council_codes, subject_type, subject_id, data FROM domain_event WHERE id = $1`,
      [delivery.eventId],
    )) as {
      id: string;
      type: string;
      occurred_at: Date;
      council_codes: string[];
      subject_type: string;
      subject_id: string;
      data: unknown;
    }[];
    const body = JSON.stringify({
      type: event.type,
      timestamp: event.occurred_at.toISOString(),
      data: {
        id: event.id,
        councilCodes: event.council_codes,
        subject: { type: event.subject_type, id: event.subject_id },
        ...asObject(event.data),
      },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    let response: WebhookResponse;
    let refused = false;
    try {
      const destination = await vetDestination(subscription.url, this.config.webhooks.allowLoopback);
      response = await sendWebhook({
        destination,
        body,
        headers: {
          'webhook-id': event.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': webhookSignature(subscription.secrets, event.id, timestamp, body),
          'user-agent': 'Accord-Webhooks/1',
        },
        timeoutMs: this.config.webhooks.timeoutMs,
        maxResponseBytes: this.config.webhooks.maxResponseBytes,
      });
    } catch (error) {
      refused = error instanceof RefusedDestinationError;
      response = { statusCode: null, latencyMs: 0, error: error instanceof Error ? error.message : String(error) };
    }
    await this.logAttempt(delivery, response);
    if (response.error === null) return;
    throw ApplicationFailure.create({
      type: refused ? WEBHOOK_DESTINATION_REFUSED : 'WebhookDeliveryFailed',
      message: response.error,
      nonRetryable: refused,
    });
  }

  /** The attempt and, on success, the subscription's new place, in one transaction: a retry never moves it back. */
  private async logAttempt(delivery: WebhookDelivery, response: WebhookResponse): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhook_delivery_attempt (subscription_id, event_id, attempt, redelivery, status_code, latency_ms, succeeded, error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          delivery.subscriptionId,
          delivery.eventId,
          activityInfo().attempt,
          delivery.redelivery,
          response.statusCode,
          response.latencyMs,
          response.error === null,
          response.error,
        ],
      );
      if (response.error === null && !delivery.redelivery && delivery.position) {
        await this.advance(delivery.subscriptionId, delivery.position.xactId, delivery.position.eventId, manager);
      }
    });
  }

  private async advance(subscriptionId: string, xactId: string, eventId: string, manager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE webhook_subscription SET cursor_xact_id = $2::text::xid8, cursor_event_id = $3
       WHERE id = $1 AND (cursor_xact_id, cursor_event_id) < ($2::text::xid8, $3::bigint)`,
      [subscriptionId, xactId, eventId],
    );
  }

  /** The reason names the receiver's last answer (from the log), not only the retry policy's verdict. */
  async markFailing(input: { subscriptionId: string; eventId: string; reason: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_subscription SET status = 'failing', version = version + 1, updated_at = now(),
         failing_reason = 'event ' || $2 || ' could not be delivered: ' || coalesce(
           (SELECT error || ' (' || count(*) OVER () || ' attempts)' FROM webhook_delivery_attempt
            WHERE subscription_id = $1 AND event_id = $2::bigint ORDER BY id DESC LIMIT 1), $3)
       WHERE id = $1 AND status = 'active'`,
      [input.subscriptionId, input.eventId, input.reason],
    );
  }
}

function asObject(data: unknown): Record<string, unknown> {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}
