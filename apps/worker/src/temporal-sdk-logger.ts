import { DefaultLogger, type LogLevel as TemporalLogLevel } from '@temporalio/worker';
import pino from 'pino';
import type { LogLevel } from '#configuration';

const TEMPORAL_LEVEL: Record<LogLevel, TemporalLogLevel> = {
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  fatal: 'ERROR',
  silent: 'ERROR',
};

/** Routes the Temporal SDK's own log lines into the same JSON stream as the rest of the worker. */
export function createTemporalSdkLogger(level: LogLevel): DefaultLogger {
  const logger = pino({ level, base: { component: 'temporal-sdk' } });
  return new DefaultLogger(TEMPORAL_LEVEL[level], (entry) => {
    const method =
      entry.level === 'TRACE'
        ? 'trace'
        : entry.level === 'DEBUG'
          ? 'debug'
          : entry.level === 'INFO'
            ? 'info'
            : entry.level === 'WARN'
              ? 'warn'
              : 'error';
    logger[method](entry.meta ?? {}, entry.message);
  });
}
