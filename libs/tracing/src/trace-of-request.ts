import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * The ids of the span active here, for log lines and request ids (the span may have ended: a
 * request's last log line is written as it finishes). Undefined where nothing is traced:
 * OpenTelemetry's no-op API has no active span, or an invalid one.
 */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return undefined;
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
