import { decodeEventCursor, encodeEventCursor } from './event-cursor.js';

describe('the event feed cursor', () => {
  it('comes back as the place it marks', () => {
    const cursor = { xactId: 18_446_744_073_709_551_615n, eventId: 9_223_372_036_854_775_807n };
    expect(decodeEventCursor(encodeEventCursor(cursor))).toEqual(cursor);
  });

  it('is opaque: URL-safe, with no visible numbers', () => {
    expect(encodeEventCursor({ xactId: 750n, eventId: 12n })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['an empty string', ''],
    ['another version', Buffer.from('v2.1.1').toString('base64url')],
    ['a transaction id beyond 64 bits', Buffer.from('v1.18446744073709551616.1').toString('base64url')],
    ['an event id beyond bigint', Buffer.from('v1.1.9223372036854775808').toString('base64url')],
    ['a negative id', Buffer.from('v1.1.-1').toString('base64url')],
  ])('refuses %s', (_what, token) => {
    expect(decodeEventCursor(token)).toBeUndefined();
  });
});
