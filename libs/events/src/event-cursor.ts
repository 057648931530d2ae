/**
 * A reader's place in the feed: the (transaction id, event id) of the last event it read.
 * Opaque to integrators (base64url), so the order's make-up can change without breaking them.
 */
export interface EventCursor {
  xactId: bigint;
  eventId: bigint;
}

export const FEED_START: EventCursor = { xactId: 0n, eventId: 0n };

const SHAPE = /^v1\.(\d{1,20})\.(\d{1,19})$/;
const INT64_MAX = 9_223_372_036_854_775_807n;
const UINT64_MAX = 18_446_744_073_709_551_615n;

export function encodeEventCursor(cursor: EventCursor): string {
  return Buffer.from(`v1.${cursor.xactId}.${cursor.eventId}`, 'utf8').toString('base64url');
}

/** The cursor a token stands for, or undefined when it is not one this feed issued. */
export function decodeEventCursor(token: string): EventCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) return undefined;
  const match = SHAPE.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) return undefined;
  const cursor = { xactId: BigInt(match[1]), eventId: BigInt(match[2]) };
  return cursor.xactId <= UINT64_MAX && cursor.eventId <= INT64_MAX ? cursor : undefined;
}
