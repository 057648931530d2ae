import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { checkDatabaseReachable, exitOnStartUpFailure, loadWebConfiguration } from '#configuration';
import { configureWebApp } from './configure-web-app.js';
import { PartnershipPagesModule } from './partnerships/partnership-pages.module.js';
import { WebModule } from './web.module.js';

async function bootstrap(): Promise<void> {
  const config = loadWebConfiguration();
  await checkDatabaseReachable(config);
  const logger = new ConsoleLogger({
    json: true,
    logLevels: config.logLevel === 'debug' || config.logLevel === 'trace' ? undefined : ['log', 'warn', 'error', 'fatal'],
  });
  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot(config, [PartnershipPagesModule]), {
    logger,
    abortOnError: false,
    bodyParser: false,
  });
  const pool = configureWebApp(app);
  await app.listen(config.port, '0.0.0.0');
  logger.log(`web pages at ${config.publicUrl}`);
  const stop = (): void => {
    app
      .close()
      .then(() => pool.end())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

bootstrap().catch(exitOnStartUpFailure('accord-web'));
