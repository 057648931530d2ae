import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '../../../../libs/configuration/src/index.js';

export type IdempotencyClaim =
  { kind: 'claimed' } | { kind: 'completed'; status: number; body: string } | { kind: 'different_request' } | { kind: 'in_progress' };

/** How long a claim protects a request in flight before a retry may take over (its process died). */
const CLAIM_LEASE_SECONDS = 60;
const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The stored outcome of each (principal, Idempotency-Key). The claim is one INSERT, so of
 * several identical requests arriving together exactly one runs; the others wait for its
 * stored response.
 */
@Injectable()
export class IdempotencyStore {
  private lastPurge = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration,
  ) {}

  async claim(principalId: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    await this.purgeExpiredNow();
    const ttlHours = this.config.security.idempotencyTtlHours;
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_record AS existing (principal_id, key, request_fingerprint, state, locked_until, expires_at)
       VALUES ($1, $2, $3, 'in_progress', now() + make_interval(secs => $4), now() + make_interval(hours => $5))
       ON CONFLICT (principal_id, key) DO UPDATE
         SET request_fingerprint = EXCLUDED.request_fingerprint, state = 'in_progress', response_status = NULL,
             response_body = NULL, locked_until = EXCLUDED.locked_until, expires_at = EXCLUDED.expires_at, created_at = now()
         WHERE existing.expires_at <= now()
            OR (existing.state = 'in_progress' AND existing.locked_until <= now() AND existing.request_fingerprint = EXCLUDED.request_fingerprint)
       RETURNING 1`,
      [principalId, key, fingerprint, CLAIM_LEASE_SECONDS, ttlHours],
    );
    if (claimed.length === 1) return { kind: 'claimed' };
    return this.inspect(principalId, key, fingerprint);
  }

  async inspect(principalId: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    const [record] = (await this.dataSource.query(
      `SELECT request_fingerprint, state, response_status, response_body FROM idempotency_record WHERE principal_id = $1 AND key = $2`,
      [principalId, key],
    )) as { request_fingerprint: string; state: string; response_status: number | null; response_body: string | null }[];
    if (!record) return { kind: 'in_progress' };
    if (record.request_fingerprint !== fingerprint) return { kind: 'different_request' };
    if (record.state === 'completed') return { kind: 'completed', status: record.response_status ?? 200, body: record.response_body ?? '' };
    return { kind: 'in_progress' };
  }

  async complete(principalId: string, key: string, status: number, body: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_record SET state = 'completed', response_status = $3, response_body = $4 WHERE principal_id = $1 AND key = $2`,
      [principalId, key, status, body],
    );
  }

  /** A failed request leaves nothing behind, so a retry with the same key runs again. */
  async release(principalId: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_record WHERE principal_id = $1 AND key = $2 AND state = 'in_progress'`, [
      principalId,
      key,
    ]);
  }

  private async purgeExpiredNow(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_INTERVAL_MS) return;
    this.lastPurge = Date.now();
    await this.dataSource.query(`DELETE FROM idempotency_record WHERE expires_at < now()`);
  }
}
