import { Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { activeTraceIds } from '#tracing';

const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * A caller's request id is kept when it is safe to echo; otherwise, when the request is traced,
 * it is the trace id (so a log line leads to the trace and back), else one we mint.
 */
function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const offered = request.headers[REQUEST_ID_HEADER];
  const id = typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : (activeTraceIds()?.trace_id ?? randomUUID());
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/**
 * Gives a request its id before any other middleware runs, so an answer that comes before the
 * logger's own middleware (a body the JSON parser refuses) still names it; pino-http keeps it.
 */
export function assignRequestId(request: IncomingMessage & { id?: unknown }, response: ServerResponse, next: () => void): void {
  request.id ??= requestIdFor(request, response);
  next();
}

/**
 * JSON logs through pino; every line logged while serving a request carries its `reqId`.
 * Credentials never reach the log.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ACCORD_CONFIGURATION],
      useFactory: (config: AccordConfiguration) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: requestIdFor,
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'], censor: '[redacted]' },
          customLogLevel: (_request, response, error) =>
            error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
          autoLogging: { ignore: (request) => request.url === '/health' },
          // Every line written inside a traced request or activity names its trace and span.
          ...(config.otlpEndpoint && { mixin: () => activeTraceIds() ?? {} }),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
