import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn, setTimeout as delay } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { admit, RATE_LIMIT_WINDOW_SECONDS, refilled, type Admission, type RateLimitPolicy } from './token-bucket.js';

/** How often each replica settles its counts with PostgreSQL. */
export const SETTLE_INTERVAL_MS = 1_000;
/** How long a request for a key this replica has not seen waits for its shared bucket before it is admitted on local counts alone. */
const LOAD_TIMEOUT_MS = 500;
/** Buckets full again are deleted from PostgreSQL once in this many settlements. */
const SWEEP_EVERY = 60;

interface LocalBucket {
  policy: RateLimitPolicy;
  /** The shared bucket's tokens as PostgreSQL last gave them, at `knownAt` (this process's clock, ms). */
  tokens: number;
  knownAt: number;
  /** Admitted here and not yet sent to PostgreSQL. */
  unsettled: number;
  /** Admitted here and in the settlement under way. */
  settling: number;
  lastUsedAt: number;
}

// One statement settles every key this replica used: its spend comes off the shared bucket
// after the bucket's refill since it was last settled (by any replica), and the new level comes
// back. EXCLUDED.tokens carries capacity − spent, so the spend is EXCLUDED.capacity − EXCLUDED.tokens.
// Rows are taken in key order so concurrent settlements lock them in the same order.
const SETTLE = `
  INSERT INTO rate_limit_bucket AS bucket (key, capacity, tokens, refilled_at)
  SELECT key, capacity, capacity - spent, now()
  FROM unnest($1::text[], $2::float8[], $3::float8[]) AS batch (key, spent, capacity)
  ORDER BY key
  ON CONFLICT (key) DO UPDATE SET
    capacity = EXCLUDED.capacity,
    tokens = least(EXCLUDED.capacity, bucket.tokens + EXCLUDED.capacity / $4::float8 * extract(epoch FROM now() - bucket.refilled_at)::float8)
             - (EXCLUDED.capacity - EXCLUDED.tokens),
    refilled_at = now()
  RETURNING key, tokens`;

const LOAD = `
  SELECT key, tokens, extract(epoch FROM now() - refilled_at)::float8 AS age_seconds
  FROM rate_limit_bucket WHERE key = ANY($1::text[])`;

const SWEEP = `
  DELETE FROM rate_limit_bucket
  WHERE refilled_at < now() - make_interval(secs => $1::float8)
    AND tokens + capacity / $1::float8 * extract(epoch FROM now() - refilled_at)::float8 >= capacity`;

/**
 * Token buckets shared by every API replica through PostgreSQL, without a database round trip
 * per request. Each replica admits on its own counts and the shared level it last heard of, and
 * settles its counts in one statement about once a second (`SETTLE_INTERVAL_MS`). The first
 * request for a key this replica has not seen waits for one batched read of its bucket.
 *
 * The overshoot this accepts: within one settlement interval replicas do not see each other's
 * spending, so across N replicas a key can be admitted up to what the other N − 1 replicas admit
 * for it in that interval beyond its budget (at most N − 1 times the tokens left at the last
 * settlement). The excess is owed, not forgiven: the shared bucket goes below zero and refills
 * before that key is admitted again, so over a window the rate holds. If PostgreSQL cannot be
 * reached, each replica goes on limiting on its own counts and settles them when it can.
 */
@Injectable()
export class SharedRateLimits implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SharedRateLimits.name);
  private readonly buckets = new Map<string, LocalBucket>();
  private readonly waitingToLoad = new Map<string, RateLimitPolicy>();
  private readonly loads = new Map<string, Promise<void>>();
  private nextLoad?: Promise<void>;
  private loadInFlight: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private settlement: Promise<void> = Promise.resolve();
  private settlements = 0;
  private failing = false;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.settleNow(), SETTLE_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    // The last counts go to PostgreSQL, so a replica's restart does not forgive them.
    await this.settleNow();
  }

  /** Takes one request from `subject`'s bucket under `policy`, if a whole token is there. */
  async take(policy: RateLimitPolicy, subject: string): Promise<Admission> {
    const key = `${policy.name}:${subject}`;
    const bucket = this.buckets.get(key) ?? (await this.load(policy, key));
    const now = performance.now();
    bucket.lastUsedAt = now;
    const available = refilled(policy, bucket.tokens, (now - bucket.knownAt) / 1000) - bucket.unsettled - bucket.settling;
    const admission = admit(policy, available);
    if (admission.admitted) bucket.unsettled += 1;
    return admission;
  }

  /** Settles the counts now (the timer does it every interval); one settlement at a time. */
  settleNow(): Promise<void> {
    this.settlement = this.settlement.then(() => this.settle());
    return this.settlement;
  }

  private async load(policy: RateLimitPolicy, key: string): Promise<LocalBucket> {
    let loaded = this.loads.get(key);
    if (!loaded) {
      this.waitingToLoad.set(key, policy);
      loaded = this.scheduleLoad();
      this.loads.set(key, loaded);
    }
    await loaded;
    return this.buckets.get(key) ?? this.remember(key, policy, policy.capacity, 0);
  }

  /** Keys first seen in the same turn share one read; one read is in flight at a time. */
  private scheduleLoad(): Promise<void> {
    this.nextLoad ??= (async () => {
      await this.loadInFlight;
      await nextTurn();
      const batch = new Map(this.waitingToLoad);
      this.waitingToLoad.clear();
      this.nextLoad = undefined;
      this.loadInFlight = this.read(batch).finally(() => {
        for (const key of batch.keys()) this.loads.delete(key);
      });
      await this.loadInFlight;
    })();
    return this.nextLoad;
  }

  private async read(batch: Map<string, RateLimitPolicy>): Promise<void> {
    const query = this.dataSource.query(LOAD, [[...batch.keys()]]) as Promise<{ key: string; tokens: number; age_seconds: number }[]>;
    const rows = await Promise.race([query, delay(LOAD_TIMEOUT_MS, 'timed out' as const, { ref: false })]).catch((error: unknown) => {
      this.reportFailure(`could not read shared rate-limit buckets: ${(error as Error).message}`);
      return 'failed' as const;
    });
    if (rows === 'timed out') query.catch(() => undefined);
    const found = new Map(Array.isArray(rows) ? rows.map((row) => [row.key, row]) : []);
    for (const [key, policy] of batch) {
      if (this.buckets.has(key)) continue;
      const row = found.get(key);
      // A key PostgreSQL has no bucket for has a full one; without an answer, this replica counts alone.
      this.remember(key, policy, row ? refilled(policy, Number(row.tokens), Number(row.age_seconds)) : policy.capacity, 0);
    }
  }

  private remember(key: string, policy: RateLimitPolicy, tokens: number, unsettled: number): LocalBucket {
    const now = performance.now();
    const bucket = { policy, tokens, knownAt: now, unsettled, settling: 0, lastUsedAt: now };
    this.buckets.set(key, bucket);
    return bucket;
  }

  private async settle(): Promise<void> {
    const now = performance.now();
    const batch: [string, LocalBucket][] = [];
    for (const [key, bucket] of this.buckets) {
      const idle = now - bucket.lastUsedAt > bucket.policy.windowSeconds * 1000;
      if (idle && bucket.unsettled === 0) {
        this.buckets.delete(key);
        continue;
      }
      bucket.settling = bucket.unsettled;
      bucket.unsettled = 0;
      batch.push([key, bucket]);
    }
    if (batch.length === 0) return;
    batch.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    try {
      const rows = (await this.dataSource.query(SETTLE, [
        batch.map(([key]) => key),
        batch.map(([, bucket]) => bucket.settling),
        batch.map(([, bucket]) => bucket.policy.capacity),
        RATE_LIMIT_WINDOW_SECONDS,
      ])) as { key: string; tokens: number }[];
      const settledAt = performance.now();
      const levels = new Map(rows.map((row) => [row.key, Number(row.tokens)]));
      for (const [key, bucket] of batch) {
        bucket.tokens = levels.get(key) ?? bucket.tokens;
        bucket.knownAt = settledAt;
        bucket.settling = 0;
      }
      this.recovered();
      if ((this.settlements += 1) % SWEEP_EVERY === 0) await this.dataSource.query(SWEEP, [RATE_LIMIT_WINDOW_SECONDS]);
    } catch (error) {
      for (const [, bucket] of batch) {
        bucket.unsettled += bucket.settling;
        bucket.settling = 0;
      }
      this.reportFailure(
        `could not settle rate-limit counts with PostgreSQL; limiting on this replica's counts: ${(error as Error).message}`,
      );
    }
  }

  private reportFailure(message: string): void {
    if (!this.failing) this.logger.warn(message);
    this.failing = true;
  }

  private recovered(): void {
    if (this.failing) this.logger.log('rate-limit counts settle with PostgreSQL again');
    this.failing = false;
  }
}
