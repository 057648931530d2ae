import path from 'node:path';
import { TEST_API_KEY_PEPPER } from './api-keys.js';
import { cleanEnv, projectRoot, startProcess, type WatchedProcess } from './child-process.js';
import { stackValue } from './test-stack.js';

const WORKER_MAIN = path.join(projectRoot, 'dist', 'apps', 'worker', 'src', 'main.js');

/** The built worker as a real process (`npm run build` first); resolves once it polls its task queue. */
export async function startWorkerProcess(environment: {
  DATABASE_URL: string;
  TEMPORAL_TASK_QUEUE: string;
  TEMPORAL_ADDRESS?: string;
  WORKER_METRICS_ADDRESS?: string;
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  OTEL_BSP_SCHEDULE_DELAY?: string;
}): Promise<WatchedProcess> {
  const worker = startProcess(
    [WORKER_MAIN],
    cleanEnv({
      TEMPORAL_ADDRESS: stackValue('temporalAddress'),
      WORKFLOW_BUNDLE_PATH: stackValue('workflowBundlePath'),
      API_KEY_PEPPER: TEST_API_KEY_PEPPER,
      LOG_LEVEL: 'info',
      ...environment,
    }),
  );
  await worker.waitFor('worker polling task queue', 60_000);
  return worker;
}
