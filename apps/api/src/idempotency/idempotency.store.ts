import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { ClaimOwnerSession } from './claim-owner-session.js';

export type IdempotencyClaim =
  | { kind: 'claimed'; owner: string }
  | { kind: 'completed'; status: number; body: string }
  | { kind: 'different_request' }
  | { kind: 'in_progress' };

/**
 * The time lease of a claim, for API releases older than the claim owner session, which read
 * only this; this release takes over a claim when its owner's session has ended instead.
 */
const LEGACY_CLAIM_LEASE_SECONDS = 60;
const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The stored outcome of each (principal, Idempotency-Key). The claim is one INSERT, so of
 * several identical requests arriving together exactly one runs; the others are told it is in
 * progress. A claim whose owner died (its session's advisory lock is gone, see
 * ClaimOwnerSession) is taken over by the next identical request.
 */
@Injectable()
export class IdempotencyStore implements OnModuleDestroy {
  private readonly logger = new Logger(IdempotencyStore.name);
  private lastPurge = 0;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly ownerSession: ClaimOwnerSession,
    @Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration,
  ) {}

  async claim(principalId: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    await this.purgeExpiredNow();
    const owner = await this.ownerSession.id();
    // The first request may release its claim between this INSERT and the look that follows.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (await this.tryClaim(principalId, key, fingerprint, owner)) return { kind: 'claimed', owner };
      const existing = await this.inspect(principalId, key, fingerprint);
      if (existing) return existing;
    }
    return { kind: 'in_progress' };
  }

  /**
   * Stores the response. If the database is away, keeps trying in the background while this
   * process owns the claim: a claim left in progress behind a live owner would refuse every
   * retry until it expires. A claim taken over meanwhile is its new owner's to complete.
   */
  async complete(principalId: string, key: string, owner: string, status: number, body: string): Promise<void> {
    await this.settle(owner, () =>
      this.dataSource.query(
        `UPDATE idempotency_record SET state = 'completed', response_status = $4, response_body = $5
         WHERE principal_id = $1 AND key = $2 AND state = 'in_progress' AND owner_session = $3`,
        [principalId, key, owner, status, body],
      ),
    );
  }

  /** A failed request leaves nothing behind, so a retry with the same key runs again (kept trying as `complete` is). */
  async release(principalId: string, key: string, owner: string): Promise<void> {
    await this.settle(owner, () =>
      this.dataSource.query(
        `DELETE FROM idempotency_record WHERE principal_id = $1 AND key = $2 AND state = 'in_progress' AND owner_session = $3`,
        [principalId, key, owner],
      ),
    );
  }

  onModuleDestroy(): void {
    this.stopped = true;
  }

  private async tryClaim(principalId: string, key: string, fingerprint: string, owner: string): Promise<boolean> {
    const ttlHours = this.config.security.idempotencyTtlHours;
    // An advisory lock on a bigint shows in pg_locks as its high half (classid) and low half (objid).
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_record AS existing
         (principal_id, key, request_fingerprint, state, owner_session, locked_until, expires_at)
       VALUES ($1, $2, $3, 'in_progress', $4, now() + make_interval(secs => $5), now() + make_interval(hours => $6))
       ON CONFLICT (principal_id, key) DO UPDATE
         SET request_fingerprint = EXCLUDED.request_fingerprint, state = 'in_progress', response_status = NULL,
             response_body = NULL, owner_session = EXCLUDED.owner_session, locked_until = EXCLUDED.locked_until,
             expires_at = EXCLUDED.expires_at, created_at = now()
         WHERE existing.expires_at <= now()
            OR (existing.state = 'in_progress' AND existing.request_fingerprint = EXCLUDED.request_fingerprint
                AND CASE WHEN existing.owner_session IS NULL THEN existing.locked_until <= now()
                         ELSE NOT EXISTS (
                           SELECT 1 FROM pg_locks AS lock
                           WHERE lock.locktype = 'advisory' AND lock.objsubid = 1 AND lock.granted
                             AND lock.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                             AND (lock.classid::bigint << 32 | lock.objid::bigint) = existing.owner_session)
                    END)
       RETURNING 1`,
      [principalId, key, fingerprint, owner, LEGACY_CLAIM_LEASE_SECONDS, ttlHours],
    );
    return claimed.length === 1;
  }

  private async inspect(principalId: string, key: string, fingerprint: string): Promise<IdempotencyClaim | undefined> {
    const [record] = (await this.dataSource.query(
      `SELECT request_fingerprint, state, response_status, response_body FROM idempotency_record WHERE principal_id = $1 AND key = $2`,
      [principalId, key],
    )) as { request_fingerprint: string; state: string; response_status: number | null; response_body: string | null }[];
    if (!record) return undefined;
    if (record.request_fingerprint !== fingerprint) return { kind: 'different_request' };
    if (record.state === 'completed') return { kind: 'completed', status: record.response_status ?? 200, body: record.response_body ?? '' };
    return { kind: 'in_progress' };
  }

  /** Runs the write now; if it fails, again with backoff for as long as `owner` is this process's live session. */
  private async settle(owner: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.logger.warn(`idempotency claim not settled, retrying in the background: ${(error as Error).message}`);
      void this.settleLater(owner, write);
    }
  }

  private async settleLater(owner: string, write: () => Promise<unknown>): Promise<void> {
    for (let wait = 500; !this.stopped && this.ownerSession.owns(owner); wait = Math.min(wait * 2, 30_000)) {
      await delay(wait, undefined, { ref: false });
      try {
        await write();
        return;
      } catch {
        // still away; the next round tries again
      }
    }
  }

  private async purgeExpiredNow(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_INTERVAL_MS) return;
    this.lastPurge = Date.now();
    await this.dataSource.query(`DELETE FROM idempotency_record WHERE expires_at < now()`);
  }
}
