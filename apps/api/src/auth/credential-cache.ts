import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '#domain';

/** How long a looked-up credential is believed without asking again, at most; a change notified ends it at once. */
export const CREDENTIAL_CACHE_MS = 30_000;
/** Enough for every caller of a busy replica; past it the oldest entry goes. */
const MAX_ENTRIES = 10_000;

interface Entry {
  principal: Principal;
  until: number;
}

/**
 * The principals of credentials this process has recently checked, so a repeated request with the
 * same API key or token costs no round trip to PostgreSQL. Only trusted while this process
 * listens for credential changes (CredentialChangeListener): a revoked key or disabled person is
 * dropped the moment the change commits, on every replica. While not listening (at start, after
 * the database went away) nothing is served from it and nothing is kept.
 *
 * A lookup remembers the generation it started in; an answer from before a change arrived is not
 * kept, so a key revoked while it was being looked up cannot be cached as still good.
 */
@Injectable()
export class CredentialCache {
  private readonly entries = new Map<string, Entry>();
  private generationNumber = 0;
  private listening = false;

  /** The cache key of a credential: a digest, so no secret is held longer than its request. */
  static keyOf(kind: string, credential: string): string {
    return `${kind}:${createHash('sha256').update(credential).digest('base64url')}`;
  }

  get generation(): number {
    return this.generationNumber;
  }

  get(key: string, now = Date.now()): Principal | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.principal;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps what a lookup begun in `generation` found, until `until` at the latest (a key's own expiry). */
  set(key: string, principal: Principal, generation: number, until = Number.POSITIVE_INFINITY, now = Date.now()): void {
    if (!this.listening || generation !== this.generationNumber) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { principal, until: Math.min(until, now + CREDENTIAL_CACHE_MS) });
  }

  /** A credential changed somewhere: forget everything, and any lookup under way. */
  invalidate(): void {
    this.generationNumber += 1;
    this.entries.clear();
  }

  /** Listening (again): changes from now on will arrive; what was held before may have missed some. */
  startTrusting(): void {
    this.invalidate();
    this.listening = true;
  }

  /** Not listening: changes may go unseen, so serve nothing from memory until listening again. */
  stopTrusting(): void {
    this.listening = false;
    this.invalidate();
  }
}
