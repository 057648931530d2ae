import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable.js';

/**
 * Problems that go away by themselves, and the seconds a client should wait before retrying
 * (sent as `Retry-After`, RFC 9110 §10.2.3).
 */
const RETRY_AFTER_SECONDS: Partial<Record<string, number>> = {
  database_unavailable: DATABASE_RETRY_AFTER_SECONDS,
  workflow_unavailable: 5,
  identity_provider_unavailable: 5,
  idempotency_request_in_progress: 1,
};

export function retryAfterSeconds(code: string): number | undefined {
  return RETRY_AFTER_SECONDS[code];
}
