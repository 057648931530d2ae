import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { assignRequestId } from '#logging';
import { traceRequests } from '#tracing';
import { PAGE_ASSETS_DIRECTORY, PAGE_ASSETS_PREFIX } from './decision-pages/page-assets.js';
import { ApiMetrics } from './metrics/api-metrics.js';
import { timeRequests } from './metrics/request-timing.js';
import { closeConnectionsWhileDraining, Draining } from './shutdown/draining.js';
import { serveOpenApi } from './openapi/openapi.setup.js';
import { ProblemDetailsFilter } from './problem-details/problem-details.filter.js';
import { createValidationPipe } from './validation/validation.pipe.js';

/**
 * Everything main.ts and the e2e tests both need, so the tests exercise the real set-up.
 * The app must be created with `bodyParser: false`: the JSON parser is added here with the
 * configured size limit.
 */
export function configureApiApp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get<AccordConfiguration>(ACCORD_CONFIGURATION);
  app.useLogger(app.get(Logger));
  // First, so the request id can be the trace id and every later step runs inside the span.
  if (config.otlpEndpoint) app.use(traceRequests);
  app.use(assignRequestId);
  app.use(timeRequests(app.get(ApiMetrics)));
  app.use(closeConnectionsWhileDraining(app.get(Draining)));
  app.disable('x-powered-by');
  // No upgrade-insecure-requests: some browsers apply it to http://localhost and break /docs in development.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  // Behind load balancers, the client address is the one they add to X-Forwarded-For (rate limits count by it).
  if (config.http.trustedProxyHops > 0) app.set('trust proxy', config.http.trustedProxyHops);
  keepConnectionsAlive(app.getHttpServer() as Server, config.http.keepAliveTimeoutMs);
  app.enableCors({ origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false });
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  app.useStaticAssets(PAGE_ASSETS_DIRECTORY, { prefix: PAGE_ASSETS_PREFIX, maxAge: '1h', index: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  serveOpenApi(app);
  return app;
}

/**
 * Node closes an idle connection after 5 s by default, shorter than balancers and HTTP clients
 * keep theirs: a request sent on a connection the API is closing at that moment is reset.
 * The headers timeout must stay above the keep-alive timeout (Node's own rule).
 */
function keepConnectionsAlive(server: Server, keepAliveTimeoutMs: number): void {
  server.keepAliveTimeout = keepAliveTimeoutMs;
  server.headersTimeout = keepAliveTimeoutMs + 1_000;
}
