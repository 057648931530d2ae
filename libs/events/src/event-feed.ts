import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEventType } from '#domain';
import type { DomainEvent } from './domain-event.js';
import { type EventCursor, FEED_START } from './event-cursor.js';

/** An event with its place in the feed, for a reader that keeps its own cursor (a webhook subscription). */
export interface FeedEvent extends DomainEvent {
  position: EventCursor;
}

export interface EventFeedPage {
  events: FeedEvent[];
  /** Where the next read starts: after the last event returned, or past every event already settled. */
  next: EventCursor;
}

export interface EventFeedQuery {
  after?: EventCursor;
  limit: number;
  /** Only events for this council; undefined for cross-council readers. */
  councilCode?: string;
  /** Only events of these types (a webhook subscription's). */
  types?: readonly DomainEventType[];
}

interface FeedRow {
  horizon: string;
  id: string | null;
  xact_id: string | null;
  type: DomainEventType;
  occurred_at: Date;
  council_codes: string[];
  subject_type: string;
  subject_id: string;
  data: Record<string, unknown>;
}

/**
 * Reads the feed in (transaction id, event id) order, exposing only events of transactions
 * older than every transaction still in flight: pg_snapshot_xmin of the statement's own
 * snapshot. Event ids come from a sequence before commit, so in id order a reader could
 * pass id 11 while a slower transaction has yet to commit id 10; but a transaction below
 * the horizon has ended, and any transaction still to commit has an id at or above it, so
 * everything not yet exposed sorts after everything that is, and a cursor never passes an
 * event it has not seen. The cost: one long-running writing transaction holds the feed back
 * until it ends (docs/decisions/0008-event-feed-order.md).
 */
export async function readEventFeed(database: DataSource | EntityManager, query: EventFeedQuery): Promise<EventFeedPage> {
  const after = query.after ?? FEED_START;
  const rows = (await database.query(
    `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
     SELECT horizon.xmin::text AS horizon, e.id::text, e.xact_id::text, e.type, e.occurred_at, e.council_codes,
            e.subject_type, e.subject_id, e.data
     FROM horizon LEFT JOIN LATERAL (
       SELECT * FROM domain_event
       WHERE (xact_id, id) > ($1::text::xid8, $2::bigint) AND xact_id < horizon.xmin
         AND ($3::text IS NULL OR council_codes @> ARRAY[$3::text])
         AND ($4::text[] IS NULL OR type = ANY($4::text[]))
       ORDER BY xact_id, id LIMIT $5) e ON true
     ORDER BY e.xact_id, e.id`,
    [after.xactId.toString(), after.eventId.toString(), query.councilCode ?? null, query.types ?? null, query.limit],
  )) as FeedRow[];
  const found = rows.filter((row): row is FeedRow & { id: string; xact_id: string } => row.id !== null);
  const last = found.at(-1);
  if (found.length === query.limit && last) {
    return { events: found.map(toDomainEvent), next: { xactId: BigInt(last.xact_id), eventId: BigInt(last.id) } };
  }
  // A short page has read everything settled: the next read may start at the horizon, past
  // other councils' events too, since whatever settles later has a transaction id at or above it.
  const horizon = BigInt(rows[0].horizon);
  const next = horizon > after.xactId ? { xactId: horizon, eventId: 0n } : after;
  return { events: found.map(toDomainEvent), next };
}

function toDomainEvent(row: FeedRow & { id: string; xact_id: string }): FeedEvent {
  return {
    position: { xactId: BigInt(row.xact_id), eventId: BigInt(row.id) },
    id: row.id,
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    councilCodes: row.council_codes,
    subject: { type: row.subject_type, id: row.subject_id },
    data: row.data,
  };
}
