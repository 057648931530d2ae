import getPort from 'get-port';
import pg from 'pg';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS } from '#workflows';
import { writeWorkflowBundle } from '../../apps/worker/src/workflow-bundle.js';
import { EmbeddedDatabase, ensureTemporalBinaries, removeEmbeddedDatabaseFiles, TemporalDevServer } from '#local-stack';
import { runMigrations } from '#persistence';
import { seedReferenceCouncils } from '#reference-data';
import { TEST_STACK_ENV } from './test-stack.js';

export interface RunningTestStack {
  stop(): Promise<void>;
}

declare global {
  var accordTestStack: RunningTestStack | undefined;
}

const root = path.resolve(import.meta.dirname, '..', '..');
const TEMPLATE = 'accord_template';

/**
 * Starts a throwaway PostgreSQL and Temporal dev server on free ports (so the suite runs
 * beside `npm start`), migrates a template database and prebuilds the workflow bundle.
 * Jest calls this once per project that needs it; the first call does the work.
 */
export async function startTestStack(): Promise<void> {
  if (globalThis.accordTestStack) return;
  const dataDir = path.join(root, '.test-data', `run-${process.pid}`);
  await removeEmbeddedDatabaseFiles(path.join(dataDir, 'postgres'));
  await rm(dataDir, { recursive: true, force: true });

  const database = new EmbeddedDatabase({
    dataDir: path.join(dataDir, 'postgres'),
    port: await getPort(),
    database: TEMPLATE,
    temporary: true,
  });
  const binaries = await ensureTemporalBinaries({ toolsDir: path.join(root, '.tools'), log: (line) => console.log(line) });
  const temporal = new TemporalDevServer({
    cli: binaries.cli,
    dbFile: path.join(dataDir, 'temporal.db'),
    port: await getPort(),
    searchAttributes: PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS,
  });
  await Promise.all([database.start(), temporal.start()]);
  globalThis.accordTestStack = {
    stop: async () => {
      globalThis.accordTestStack = undefined;
      await Promise.allSettled([temporal.stop(), database.remove()]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  // As a deployment does: the owner migrates; the API and worker of every test connect as the application role.
  await runMigrations({ url: database.url }, { applicationUrl: database.applicationUrl });
  await seedTemplate(database.url);
  const bundle = await writeWorkflowBundle(path.join(dataDir, 'workflow-bundle.js'));

  const admin = new URL(database.url);
  admin.pathname = '/postgres';
  process.env[TEST_STACK_ENV.adminDatabaseUrl] = admin.toString();
  process.env[TEST_STACK_ENV.applicationDatabaseUrl] = database.applicationUrl;
  process.env[TEST_STACK_ENV.templateDatabase] = TEMPLATE;
  process.env[TEST_STACK_ENV.temporalAddress] = temporal.address;
  process.env[TEST_STACK_ENV.workflowBundlePath] = bundle;
  process.env[TEST_STACK_ENV.temporalTestServer] = binaries.testServer;
}

/** Every test database starts with the reference councils, as a fresh install's demo data does. */
async function seedTemplate(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await seedReferenceCouncils(client);
  } finally {
    await client.end();
  }
}
