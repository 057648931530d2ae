import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';

/**
 * Proof that this API process is alive, for the idempotency claims it owns.
 *
 * The process keeps one PostgreSQL session of its own (outside the pool) holding a session-level
 * advisory lock on a random id; each claim it makes records that id. A retry may take over a
 * claim still in progress only when no session holds the lock on the claim's id, which
 * PostgreSQL guarantees the moment the owner's session ends:
 * - the owner process dies (crash, OOM kill, SIGKILL): the kernel closes its socket, the server
 *   ends the session and frees the lock at once, so the retry takes over within milliseconds;
 * - the owner's machine vanishes without closing the socket: the server's TCP keepalives, set
 *   below, end the session within about 25 seconds;
 * - the owner is alive and its session holds: never; the repeat gets 409 instead.
 * If the session is cut while the process lives (PostgreSQL restarted, network cut), its claims
 * become takeable, which is safe: what the claims protect is idempotent on its own (a
 * partnership's id comes from its key, an action's Update id from its key), so a second run
 * finds the first one's work. The next claim opens a new session with a new id.
 */
@Injectable()
export class ClaimOwnerSession implements OnModuleDestroy {
  private readonly logger = new Logger(ClaimOwnerSession.name);
  private current?: OwnerSession;
  private opening?: Promise<OwnerSession>;
  private closed = false;

  constructor(@Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration) {}

  /** The id under which this process owns claims now; opens the session on first use or after it was lost. */
  async id(): Promise<string> {
    if (this.closed) throw new Error('the API is shutting down');
    if (this.current) return this.current.id;
    this.opening ??= this.open().finally(() => {
      this.opening = undefined;
    });
    return (await this.opening).id;
  }

  /** True while `id` is the session this process holds (its claims are safe from takeover). */
  owns(id: string): boolean {
    return this.current?.id === id;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await this.opening?.catch(() => undefined);
    await this.current?.client.end().catch(() => undefined);
    this.current = undefined;
  }

  private async open(): Promise<OwnerSession> {
    const client = new pg.Client({
      connectionString: this.config.database.url,
      application_name: 'accord-api claim owner',
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    const lost = (reason: string): void => {
      if (this.current?.client !== client) return;
      this.current = undefined;
      if (!this.closed) this.logger.warn(`claim owner session lost (${reason}); claims it owned may be taken over by retries`);
      void client.end().catch(() => undefined);
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    try {
      await client.connect();
      await client.query(`SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3`);
      for (;;) {
        const id = randomOwnerId();
        const { rows } = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS held', [id]);
        if (rows[0].held) {
          this.current = { client, id };
          return this.current;
        }
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }
}

interface OwnerSession {
  client: pg.Client;
  id: string;
}

/** A random positive 63-bit id, as a decimal string (bigint in PostgreSQL). */
function randomOwnerId(): string {
  const id = randomBytes(8).readBigUInt64BE() & 0x7fff_ffff_ffff_ffffn;
  return id === 0n ? '1' : id.toString();
}
