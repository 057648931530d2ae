import { ConfigurationError, loadConfiguration } from './accord-configuration.js';

const BASE = { DATABASE_URL: 'postgres://accord_app:pass@localhost:5432/accord', TEMPORAL_ADDRESS: '127.0.0.1:7233' };

describe('tracing settings', () => {
  it('traces nothing unless an OTLP endpoint is set', () => {
    expect(loadConfiguration(BASE).otlpEndpoint).toBeUndefined();
    expect(loadConfiguration({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: '' }).otlpEndpoint).toBeUndefined();
  });

  it('takes a collector’s http(s) address', () => {
    expect(loadConfiguration({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' }).otlpEndpoint).toBe(
      'http://otel-collector:4318',
    );
  });

  it('refuses an address without its scheme, naming the variable', () => {
    expect(() => loadConfiguration({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector:4318' })).toThrow(ConfigurationError);
    expect(() => loadConfiguration({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('keeps idle connections longer than balancers do unless told otherwise', () => {
    expect(loadConfiguration(BASE).http.keepAliveTimeoutMs).toBe(65_000);
    expect(() => loadConfiguration({ ...BASE, HTTP_KEEP_ALIVE_TIMEOUT_MS: '10' })).toThrow(/HTTP_KEEP_ALIVE_TIMEOUT_MS/);
  });
});
