import { ConfigurationError } from './accord-configuration.js';
import { PreflightFailure } from './preflight.js';

/**
 * How a process that failed to start says so and exits 1. Misconfiguration and an unreachable
 * dependency are the common start-up failures: one line naming the process, no stack trace;
 * anything else also gets its stack, since it is a defect.
 */
export function exitOnStartUpFailure(processName: string): (error: unknown) => never {
  return (error) => {
    const expected = error instanceof ConfigurationError || error instanceof PreflightFailure;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`${processName}: ${message}\n`);
    if (!expected && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  };
}
