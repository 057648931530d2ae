import getPort from 'get-port';
import path from 'node:path';
import { TEST_API_KEY_PEPPER } from './api-keys.js';
import { cleanEnv, projectRoot, startProcess, type WatchedProcess } from './child-process.js';
import { stackValue } from './test-stack.js';

export const API_MAIN = path.join(projectRoot, 'dist', 'apps', 'api', 'src', 'main.js');

export interface ApiProcess extends WatchedProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
}

/**
 * The built API as a real process (`npm run build` first), on a free port, against the given
 * database and, unless overridden, the shared test Temporal server; resolves once it listens.
 */
export async function startApiProcess(environment: Record<string, string> & { DATABASE_URL: string }): Promise<ApiProcess> {
  const port = environment.PORT ?? String(await getPort());
  const api = startProcess(
    [API_MAIN],
    cleanEnv({
      TEMPORAL_ADDRESS: stackValue('temporalAddress'),
      API_KEY_PEPPER: TEST_API_KEY_PEPPER,
      RATE_LIMIT_PER_MINUTE: '10000',
      LOG_LEVEL: 'info',
      // No balancer in front to drain: SIGTERM closes at once.
      SHUTDOWN_DRAIN_DELAY_MS: '0',
      ...environment,
      PORT: port,
    }),
  );
  await api.waitFor('Nest application successfully started', 60_000);
  return { ...api, url: `http://127.0.0.1:${port}` };
}

/** Kills the process at once, as a crash or an OOM kill would, and waits until it is gone. */
export async function killAtOnce(process: WatchedProcess): Promise<void> {
  if (process.child.exitCode !== null || process.child.signalCode !== null) return;
  process.child.kill('SIGKILL');
  await process.exited;
}
