import { DefaultLogger, Runtime } from '@temporalio/worker';

let installed = false;

/**
 * Installs the Temporal SDK runtime once per test file: warnings only (workers log every
 * state change at INFO), and no signal handlers (Jest owns the process).
 */
export function installQuietTemporalRuntime(): void {
  if (installed) return;
  Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  installed = true;
}
