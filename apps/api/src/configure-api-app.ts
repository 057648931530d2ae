import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { serveOpenApi } from './openapi/openapi.setup.js';
import { ProblemDetailsFilter } from './problem-details/problem-details.filter.js';
import { createValidationPipe } from './validation/validation.pipe.js';

/** Everything main.ts and the e2e tests both need, so the tests exercise the real set-up. */
export function configureApiApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  serveOpenApi(app);
  return app;
}
