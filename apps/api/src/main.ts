import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import {
  checkDatabaseReachable,
  checkTemporalReachable,
  ConfigurationError,
  exitOnStartUpFailure,
  loadConfiguration,
} from '#configuration';
import { checkConnectedAsApplicationRole } from '#persistence';
import { startTracing } from '#tracing';
import { AppModule } from './app.module.js';
import { configureApiApp } from './configure-api-app.js';
import { shutDownGracefully } from './shutdown/graceful-shutdown.js';

async function bootstrap(): Promise<void> {
  const config = loadConfiguration();
  await checkDatabaseReachable(config);
  await checkConnectedAsApplicationRole(config);
  await checkTemporalReachable(config);
  if (!config.security.apiKeyPepper?.length) throw new ConfigurationError('invalid configuration: API_KEY_PEPPER is required by the API');
  // Before Nest: the Temporal client and the request middleware find the tracer provider registered.
  const tracing = startTracing('accord-api', config.otlpEndpoint);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, abortOnError: false, bodyParser: false });
  configureApiApp(app);
  await app.listen(config.http.port, '0.0.0.0');
  // Nest's own shutdown hooks re-raise the signal after closing; an orchestrator reads that
  // as a crash. Drain, close (HTTP server, pools, Temporal connection) and exit 0 instead.
  // Ctrl-C at a terminal has no balancer to drain.
  const stop = (signal: NodeJS.Signals): void => {
    const timings = signal === 'SIGINT' ? { ...config.shutdown, drainDelayMs: 0 } : config.shutdown;
    shutDownGracefully(app, timings, app.get(Logger)).then(
      (code) => tracing.shutdown().finally(() => process.exit(code)),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

bootstrap().catch(exitOnStartUpFailure('accord-api'));
