/** Rows of webhook_subscription and webhook_delivery_attempt as the service reads them. */
export interface WebhookSubscriptionRow {
  id: string;
  council_code: string;
  url: string;
  description: string | null;
  event_types: string[];
  status: 'active' | 'failing';
  failing_reason: string | null;
  previous_secret_expires_at: Date | null;
  version: number;
  created_at: Date;
}

export interface WebhookAttemptRow {
  event_id: string;
  attempt: number;
  redelivery: boolean;
  attempted_at: Date;
  status_code: number | null;
  latency_ms: number;
  succeeded: boolean;
  error: string | null;
}
