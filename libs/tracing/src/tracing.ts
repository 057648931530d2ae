import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** A process's tracing, started or not. */
export interface Tracing {
  /** False when no OTLP endpoint is configured: spans are neither recorded nor exported. */
  enabled: boolean;
  /** Sends the spans still buffered; call before the process exits. */
  shutdown(): Promise<void>;
}

/**
 * Traces this process when an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT, read
 * and validated by the configuration): spans go by OTLP over HTTP to `<endpoint>/v1/traces`,
 * batched, and W3C `traceparent` headers carry a trace from one process to the next. Without
 * an endpoint nothing is registered and OpenTelemetry's API stays a no-op, at no cost.
 */
export function startTracing(serviceName: string, otlpEndpoint: string | undefined): Tracing {
  if (!otlpEndpoint) return { enabled: false, shutdown: () => Promise.resolve() };
  const exporter = new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  // The AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  return { enabled: true, shutdown: () => provider.shutdown() };
}
