/**
 * What integrators react to, in the domain's words. Each type is written to the event feed in
 * the same transaction as the change it describes (see libs/events) and may be subscribed to
 * by webhooks.
 */
export const DOMAIN_EVENT_TYPES = [
  'partnership.stage_changed',
  'partnership.signed',
  'partnership.sign_off_overdue',
  'partnership.review_due',
  'decision.recorded',
  'decision.status_changed',
  'secondment.booked',
  'secondment.approved',
  'secondment.started',
  'secondment.ended',
  'secondment.cancelled',
  'capacity.below_floor',
  'council.abolished',
] as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export function isDomainEventType(value: unknown): value is DomainEventType {
  return typeof value === 'string' && (DOMAIN_EVENT_TYPES as readonly string[]).includes(value);
}
