// The whole system as replicas on one machine: an embedded PostgreSQL and Temporal dev server of
// its own, migrations and reference councils, then N API processes and M workers of the build
// behind HAProxy. Used by scripts/replica-stack.ts and bench/replicas.bench.ts.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import getPort from 'get-port';
import pg from 'pg';
import { EmbeddedDatabase, ensureTemporalBinaries, ReplicaStack, TemporalDevServer } from '#local-stack';
import { runMigrations } from '#persistence';
import { seedReferenceCouncils } from '#reference-data';
import { PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS } from '#workflows';

export const projectRoot = path.resolve(import.meta.dirname, '..');

export interface ReplicaSystem {
  database: EmbeddedDatabase;
  temporal: TemporalDevServer;
  apiKeyPepper: string;
  /** Starts APIs and workers behind a fresh HAProxy over this system's PostgreSQL and Temporal. */
  startReplicas(options: {
    apis: number;
    workers: number;
    taskQueue?: string;
    port?: number;
    log?: (line: string) => void;
  }): Promise<ReplicaStack>;
  stop(): Promise<void>;
}

export async function startReplicaSystem(options: { dataDir: string; log?: (line: string) => void }): Promise<ReplicaSystem> {
  const log = options.log ?? (() => undefined);
  await rm(options.dataDir, { recursive: true, force: true });
  await mkdir(options.dataDir, { recursive: true });
  const database = new EmbeddedDatabase({
    dataDir: path.join(options.dataDir, 'postgres'),
    port: await getPort(),
    database: 'accord',
    temporary: true,
  });
  const binaries = await ensureTemporalBinaries({ toolsDir: path.join(projectRoot, '.tools'), log });
  const temporal = new TemporalDevServer({
    cli: binaries.cli,
    dbFile: path.join(options.dataDir, 'temporal.db'),
    port: await getPort(),
    searchAttributes: PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS,
    sqlitePragmas: ['journal_mode=WAL', 'synchronous=NORMAL'],
  });
  const stopBackends = async () => {
    await temporal.stop();
    await database.stop();
  };
  try {
    log(`starting PostgreSQL and Temporal (data in ${path.relative(projectRoot, options.dataDir)})`);
    await Promise.all([database.start(), temporal.start()]);
    await runMigrations({ url: database.url }, { applicationUrl: database.applicationUrl });
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      await seedReferenceCouncils(sql);
    } finally {
      await sql.end();
    }
  } catch (error) {
    await stopBackends();
    throw error;
  }
  const apiKeyPepper = randomBytes(32).toString('base64url');
  let runs = 0;
  return {
    database,
    temporal,
    apiKeyPepper,
    startReplicas: async (replicas) => {
      runs += 1;
      return ReplicaStack.start({
        root: projectRoot,
        dir: path.join(options.dataDir, `haproxy-${runs}`),
        apis: replicas.apis,
        workers: replicas.workers,
        port: replicas.port,
        log: replicas.log,
        env: {
          DATABASE_URL: database.applicationUrl,
          TEMPORAL_ADDRESS: temporal.address,
          TEMPORAL_TASK_QUEUE: replicas.taskQueue ?? 'partnerships',
          WORKFLOW_BUNDLE_PATH: path.join(projectRoot, 'dist', 'workflow-bundle.js'),
          API_KEY_PEPPER: apiKeyPepper,
          TRUSTED_PROXY_HOPS: '1',
        },
      });
    },
    stop: stopBackends,
  };
}
