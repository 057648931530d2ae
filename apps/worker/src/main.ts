import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Runtime } from '@temporalio/worker';
import { Logger } from 'nestjs-pino';
import { checkDatabaseReachable, checkTemporalReachable, exitOnStartUpFailure, loadConfiguration } from '#configuration';
import { checkConnectedAsApplicationRole } from '#persistence';
import { startTracing } from '#tracing';
import { createPartnershipWorker } from './partnership-worker.js';
import { createTemporalSdkLogger } from './temporal-sdk-logger.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const config = loadConfiguration();
  await checkDatabaseReachable(config);
  await checkConnectedAsApplicationRole(config);
  await checkTemporalReachable(config);
  Runtime.install({
    logger: createTemporalSdkLogger(config.logLevel),
    // The SDK's own metrics (workflow and activity task latencies and failures by activity type,
    // pollers, cache) in Prometheus format, served by the SDK core at /metrics.
    ...(config.workerMetricsAddress && {
      telemetryOptions: { metrics: { prometheus: { bindAddress: config.workerMetricsAddress } } },
    }),
  });
  const tracing = startTracing('accord-worker', config.otlpEndpoint);
  const context = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  const logger = context.get(Logger);
  context.useLogger(logger);
  const { worker, connection } = await createPartnershipWorker(context);
  logger.log(`worker polling task queue ${worker.options.taskQueue} on ${config.temporal.address}`, 'Worker');
  // The SDK's Runtime turns SIGINT/SIGTERM into worker.shutdown(): run() resolves once
  // in-flight tasks have drained, then the pools close.
  await worker.run();
  await connection.close();
  await context.close();
  await tracing.shutdown();
  logger.log('worker stopped', 'Worker');
}

bootstrap().catch(exitOnStartUpFailure('accord-worker'));
