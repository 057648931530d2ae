import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';

const tracer = trace.getTracer('accord-http');

/**
 * One server span per HTTP request, continuing the caller's trace when it sends `traceparent`,
 * active for everything the request does (the Temporal client's spans become its children).
 * Written here rather than taken from `@opentelemetry/instrumentation-http`: that patches
 * modules as they are `require`d, which an ES-module application only gets through a loader
 * hook, and the span would still not know the route.
 *
 * The request and response are bound to the span's context: body parsing resumes in the
 * socket's callbacks, outside any `context.with`, and would otherwise lose the span.
 */
export function traceRequests(request: Request, response: Response, next: NextFunction): void {
  const parent = propagation.extract(context.active(), request.headers);
  const span = tracer.startSpan(
    `${request.method}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.path': request.path } },
    parent,
  );
  const active = trace.setSpan(parent, span);
  context.bind(active, request);
  context.bind(active, response);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    const pattern = (request.route as { path?: string } | undefined)?.path;
    const route = pattern ? `${request.baseUrl}${pattern}` : undefined;
    if (route) {
      span.updateName(`${request.method} ${route}`);
      span.setAttribute('http.route', route);
    }
    span.setAttribute('http.response.status_code', response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  response.once('finish', end);
  response.once('close', end);
  context.with(active, next);
}
