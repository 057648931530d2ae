import pg from 'pg';

export interface HeldLock {
  /** The session holding the lock (for queries while it is held). */
  client: pg.Client;
  /** Ends the lock's transaction, so whatever waits on it goes on. */
  release(): Promise<void>;
}

/**
 * Opens a transaction that runs `lockingSql` (e.g. `SELECT … FOR UPDATE`) and keeps it open:
 * a request or activity that needs the same rows waits, provably, until `release`.
 */
export async function holdLock(databaseUrl: string, lockingSql: string, parameters: unknown[] = []): Promise<HeldLock> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query(lockingSql, parameters);
  return {
    client,
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

/**
 * Waits until a session of `database` is blocked on a lock while running a statement that
 * starts with `statementStart`, and returns its backend pid: the proof that the request or
 * activity running it is inside it, not before or after.
 */
export async function waitUntilBlocked(databaseUrl: string, statementStart: string, timeoutMs = 30_000): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid() AND starts_with(ltrim(query), $1)`,
        [statementStart],
      );
      if (rows.length > 0) return rows[0].pid;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no session was blocked in "${statementStart}…" within ${timeoutMs} ms`);
  } finally {
    await client.end();
  }
}
