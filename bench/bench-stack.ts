// Every benchmark runs on a PostgreSQL and a Temporal dev server of its own, started afresh in a
// folder of its own, so no figure depends on what an earlier run or `npm start` left behind.
import getPort from 'get-port';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedDatabase, ensureTemporalBinaries, TemporalDevServer } from '#local-stack';
import { PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS } from '#workflows';

const root = path.resolve(import.meta.dirname, '..');

export interface BenchStack {
  database: EmbeddedDatabase;
  temporal: TemporalDevServer;
  /** Stops Temporal and removes the database, whatever state either is in. */
  stop(): Promise<void>;
}

export async function startBenchStack(
  dataDir: string,
  databaseName: string,
  options: { sqlitePragmas?: string[] } = {},
): Promise<BenchStack> {
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const database = new EmbeddedDatabase({
    dataDir: path.join(dataDir, 'postgres'),
    port: await getPort(),
    database: databaseName,
    temporary: true,
  });
  const binaries = await ensureTemporalBinaries({ toolsDir: path.join(root, '.tools') });
  const temporal = new TemporalDevServer({
    cli: binaries.cli,
    dbFile: path.join(dataDir, 'temporal.db'),
    port: await getPort(),
    searchAttributes: PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS,
    sqlitePragmas: options.sqlitePragmas,
  });
  const stop = async () => {
    await Promise.allSettled([temporal.stop(), database.remove()]);
  };
  try {
    await Promise.all([database.start(), temporal.start()]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { database, temporal, stop };
}
