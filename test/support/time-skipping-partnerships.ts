import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { partnershipActivitiesOf } from '../../apps/worker/src/partnership-worker.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { dateOfInstant, type IsoDate } from '#domain';
import { partnershipWorkflowId, type PartnershipWorkflowInput } from '#workflows';
import { registerPartnershipSearchAttributes } from '#local-stack';
import { TEST_API_KEY_PEPPER } from './api-keys.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { installQuietTemporalRuntime } from './temporal-runtime.js';
import { stackValue } from './test-stack.js';

/**
 * Partnership workflows on the time-skipping test server, with the worker's real activities
 * over a fresh copy of the test database: timers that run for weeks or months fire in
 * seconds, and what they write is read back from PostgreSQL.
 */
export interface TimeSkippingPartnerships {
  env: TestWorkflowEnvironment;
  database: TestDatabase;
  sql: pg.Client;
  taskQueue: string;
  /** The test server's "today" (it starts at the real time and moves on as tests skip). */
  today(): Promise<IsoDate>;
  start(partnershipId: string, input?: Partial<PartnershipWorkflowInput>): Promise<string>;
  close(): Promise<void>;
}

export async function startTimeSkippingPartnerships(): Promise<TimeSkippingPartnerships> {
  installQuietTemporalRuntime();
  const database = await createTestDatabase();
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: '4',
    TEMPORAL_ADDRESS: stackValue('temporalAddress'),
    WORKFLOW_BUNDLE_PATH: stackValue('workflowBundlePath'),
    LOG_LEVEL: 'silent',
    API_KEY_PEPPER: TEST_API_KEY_PEPPER,
  });
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: stackValue('temporalTestServer') } },
  });
  await registerPartnershipSearchAttributes(env.connection, env.namespace);
  const context: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  const taskQueue = `timers-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: { codePath: stackValue('workflowBundlePath') },
    activities: partnershipActivitiesOf(context),
  });
  const running = worker.run();
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  return {
    env,
    database,
    sql,
    taskQueue,
    today: async () => dateOfInstant(await env.currentTimeMs()),
    start: async (partnershipId, input = {}) => {
      const handle = await env.client.workflow.start('partnershipWorkflow', {
        taskQueue,
        workflowId: partnershipWorkflowId(partnershipId),
        args: [{ partnershipId, ...input }],
      });
      return handle.workflowId;
    },
    close: async () => {
      worker.shutdown();
      await running;
      await sql.end();
      await context.close();
      await env.teardown();
      await database.drop();
    },
  };
}
