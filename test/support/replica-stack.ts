import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ReplicaStack } from '#local-stack';
import { TEST_API_KEY_PEPPER } from './api-keys.js';
import { projectRoot } from './child-process.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { stackValue } from './test-stack.js';

export interface TestReplicaStack {
  stack: ReplicaStack;
  database: TestDatabase;
  taskQueue: string;
  close(): Promise<void>;
}

/**
 * Two API processes and two workers of the built system (`npm run build` first) on a database
 * of the test file's own and the shared test Temporal server, behind HAProxy.
 */
export async function startTestReplicaStack(): Promise<TestReplicaStack> {
  const database = await createTestDatabase();
  const taskQueue = `replicas-${randomUUID()}`;
  const stack = await ReplicaStack.start({
    root: projectRoot,
    dir: path.join(projectRoot, '.test-data', `replicas-${process.pid}`),
    env: {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: stackValue('temporalAddress'),
      TEMPORAL_TASK_QUEUE: taskQueue,
      WORKFLOW_BUNDLE_PATH: stackValue('workflowBundlePath'),
      API_KEY_PEPPER: TEST_API_KEY_PEPPER,
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000',
      TRUSTED_PROXY_HOPS: '1',
    },
    checkIntervalMs: 250,
  });
  return {
    stack,
    database,
    taskQueue,
    close: async () => {
      await stack.stop();
      await database.drop();
    },
  };
}
