import { setTimeout as delay } from 'node:timers/promises';

/**
 * Reads until `holds` accepts the value, and answers that value: tests wait for a condition,
 * never for a fixed time. Fails after `timeoutMs` saying `what` was awaited and the last value read.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  holds: (value: T) => boolean,
  what: string,
  { timeoutMs = 15_000, everyMs = 100 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() >= deadline) throw new Error(`${what}; after ${timeoutMs} ms it is still ${JSON.stringify(value)}`);
    await delay(everyMs);
  }
}
