import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApiApp } from '../../apps/api/src/configure-api-app.js';
import { createPartnershipWorker, type PartnershipWorker } from '../../apps/worker/src/partnership-worker.js';
import { loadDemoDataIfEmpty } from '#reference-data';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { installQuietTemporalRuntime } from './temporal-runtime.js';
import { TEST_API_KEY_PEPPER } from './api-keys.js';
import { stackValue } from './test-stack.js';

export interface RunningWorker {
  stop(): Promise<void>;
}

export interface AccordTestApp {
  app: NestExpressApplication;
  database: TestDatabase;
  temporal: Client;
  taskQueue: string;
  worker: RunningWorker;
  close(): Promise<void>;
}

/** The worker process's own module graph and worker, run in-process for a test file. */
export async function startWorker(): Promise<RunningWorker> {
  installQuietTemporalRuntime();
  const context: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  const { worker, connection }: PartnershipWorker = await createPartnershipWorker(context);
  const running = worker.run();
  return {
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection.close();
      await context.close();
    },
  };
}

/**
 * The API as `npm start` runs it, over a fresh copy of the migrated database and its own
 * task queue on the shared Temporal server, with a worker serving that queue. With `demoData`,
 * the database starts empty and the demo data is loaded as on a first `npm start`.
 */
export async function startAccordTestApp(
  environment: Record<string, string> = {},
  options: { worker?: boolean; demoData?: boolean } = {},
): Promise<AccordTestApp> {
  const database = await createTestDatabase({ withoutData: options.demoData });
  if (options.demoData) await loadDemoDataIfEmpty(database.url);
  const taskQueue = `partnerships-${randomUUID()}`;
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: '4',
    TEMPORAL_ADDRESS: stackValue('temporalAddress'),
    TEMPORAL_TASK_QUEUE: taskQueue,
    WORKFLOW_BUNDLE_PATH: stackValue('workflowBundlePath'),
    LOG_LEVEL: 'silent',
    API_KEY_PEPPER: TEST_API_KEY_PEPPER,
    RATE_LIMIT_PER_MINUTE: '10000',
    // Every request of a test comes from 127.0.0.1.
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000',
    CORS_ORIGINS: '',
    ...environment,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = configureApiApp(moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true, bodyParser: false }));
  await app.init();
  const worker = options.worker === false ? { stop: async () => undefined } : await startWorker();
  const temporal = new Client({ connection: await Connection.connect({ address: stackValue('temporalAddress') }) });
  return {
    app,
    database,
    temporal,
    taskQueue,
    worker,
    close: async () => {
      await worker.stop();
      await app.close();
      await temporal.connection.close();
      await database.drop();
    },
  };
}
