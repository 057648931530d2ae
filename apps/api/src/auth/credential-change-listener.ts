import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { CredentialCache } from './credential-cache.js';

/** The channel migrations/1764001060000-credential-change-notifications.ts notifies. */
export const CREDENTIAL_CHANNEL = 'accord_credentials';
const RETRY_MS = { first: 500, max: 5_000 };

/**
 * LISTENs for credential changes on a connection of its own (a pooled one would be handed to
 * other work) and empties the CredentialCache on each. The cache is trusted only while this
 * connection is up: when PostgreSQL goes away it stops, and it starts again, emptied, once the
 * connection is back and listening, since changes made meanwhile were never heard.
 */
@Injectable()
export class CredentialChangeListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CredentialChangeListener.name);
  private client?: pg.Client;
  private retry?: NodeJS.Timeout;
  private retryMs = RETRY_MS.first;
  private stopped = false;
  private listening = false;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly cache: CredentialCache,
    @Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.cache.stopTrusting();
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.database.url, keepAlive: true, connectionTimeoutMillis: 5_000 });
    this.client = client;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      this.listening = false;
      this.cache.stopTrusting();
      this.wakeWaiters();
      if (this.stopped) return;
      this.logger.warn(
        `not listening for credential changes (${error?.message ?? 'connection ended'}); checking every credential until it is back`,
      );
      void client.end().catch(() => undefined);
      this.retry = setTimeout(() => void this.listen(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MS.max);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', () => {
      this.cache.invalidate();
      this.wakeWaiters();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CREDENTIAL_CHANNEL}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (lost || this.stopped) return;
    this.retryMs = RETRY_MS.first;
    this.listening = true;
    this.cache.startTrusting();
  }

  /**
   * Call before a change that notifies, and await what it returns after the change commits: it
   * resolves once this process has heard a notification (PostgreSQL has then signalled every
   * listener, so the other replicas' caches are being emptied too), at once when not listening,
   * and after `timeoutMs` at most. A revocation answers only once it is out.
   */
  expectChange(timeoutMs = 1_000): () => Promise<void> {
    if (!this.listening) return async () => undefined;
    let wake!: () => void;
    const heard = new Promise<void>((resolve) => (wake = resolve));
    this.waiters.add(wake);
    return async () => {
      const timer = setTimeout(wake, timeoutMs);
      await heard;
      clearTimeout(timer);
      this.waiters.delete(wake);
    };
  }

  private wakeWaiters(): void {
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }
}
