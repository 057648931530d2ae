import type { INestApplication, LoggerService } from '@nestjs/common';
import type { Server } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { Draining } from './draining.js';

export interface ShutdownTimings {
  /** How long `/ready` answers 503 while requests are still served, for the balancer to notice. */
  drainDelayMs: number;
  /** The hard limit from the signal to exit. */
  timeoutMs: number;
}

/**
 * SIGTERM, in order: readiness 503 at once; keep serving for the drain delay; stop accepting and
 * let requests in flight finish; then close the Nest app (pools, Temporal connection). Nest's own
 * close runs module destroy hooks before it closes the HTTP server, which would take the pools
 * from requests still in flight, so the server is closed here first. Past the deadline the
 * process exits 1 whatever is still open.
 */
export async function shutDownGracefully(app: INestApplication, timings: ShutdownTimings, logger: LoggerService): Promise<number> {
  const deadline = setTimeout(() => {
    logger.error(`shutdown did not finish within ${timings.timeoutMs} ms; exiting`, 'Shutdown');
    process.exit(1);
  }, timings.timeoutMs);
  deadline.unref();
  app.get(Draining).begin();
  logger.log(`draining: /ready answers 503; closing the listener in ${timings.drainDelayMs} ms`, 'Shutdown');
  await delay(timings.drainDelayMs);
  const server = app.getHttpServer() as Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections with no request in flight would hold close() open until they time out.
  server.closeIdleConnections();
  await closed;
  logger.log('listener closed, requests in flight finished; closing pools', 'Shutdown');
  await app.close();
  clearTimeout(deadline);
  return 0;
}
