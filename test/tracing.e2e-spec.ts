import { randomBytes, randomUUID } from 'node:crypto';
import { createTestKey, type TestKey } from './support/api-keys.js';
import { killAtOnce, startApiProcess, type ApiProcess } from './support/api-process.js';
import type { WatchedProcess } from './support/child-process.js';
import { eventually } from './support/eventually.js';
import { startOtlpReceiver, type ReceivedSpan } from './support/otlp-receiver.js';
import { partnershipRequest } from './support/partnership.builder.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { startWorkerProcess } from './support/worker-process.js';

/**
 * Traces with a real API and worker process exporting by OTLP to a receiver of the test's own:
 * one trace from the HTTP request through the Temporal client and the workflow's update into
 * the activities that update runs, and the request id in the API's log is that trace's id.
 */
describe('OpenTelemetry traces', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let database: TestDatabase;
  let api: ApiProcess;
  let worker: WatchedProcess;
  let chief: TestKey;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    database = await createTestDatabase();
    const taskQueue = `partnerships-${randomUUID()}`;
    // Export batches every 100 ms rather than every 5 s, so the spans arrive while the test waits.
    const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' };
    [api, worker] = await Promise.all([
      startApiProcess({ DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: taskQueue, ...tracing }),
      startWorkerProcess({ DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: taskQueue, ...tracing }),
    ]);
    chief = await createTestKey(database.url, { role: 'chief_executive' });
  }, 120_000);

  afterAll(async () => {
    if (api) await killAtOnce(api);
    if (worker) await killAtOnce(worker);
    await database?.drop();
    await receiver?.close();
  });

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${chief.key}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const spansOf = (traceId: string) => receiver.spans.filter((span) => span.traceId === traceId);

  it('follows a partnership action from the request through the workflow update into the activities it runs', async () => {
    const created = await call('POST', '/api/v1/partnerships', partnershipRequest());
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const submitted = await call('POST', `/api/v1/partnerships/${id}/actions/submit`, {});
    expect(submitted.status).toBe(200);
    const traceId = submitted.headers.get('x-request-id') ?? '';
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);

    const spans = await eventually(
      async () => spansOf(traceId),
      (found) => expectedSpans(found).every(Boolean),
      `the submit's spans from the API and the worker`,
      { timeoutMs: 30_000 },
    );
    const [request, clientUpdate, activity] = expectedSpans(spans);
    expect(request).toMatchObject({ service: 'accord-api', attributes: { 'http.route': '/api/v1/partnerships/:id/actions/submit' } });
    expect(request?.attributes['http.response.status_code']).toBe(200);
    expect(clientUpdate).toMatchObject({ service: 'accord-api', parentSpanId: request?.spanId });
    // Carried by the update's headers into the workflow, and by the workflow to the activity it scheduled.
    expect(activity).toMatchObject({ service: 'accord-worker', parentSpanId: clientUpdate?.spanId });

    // The API's log line for that request names the trace id as its request id and as its trace.
    const completed = api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { req?: { id?: string }; res?: unknown; trace_id?: string })
      .find((entry) => entry.req?.id === traceId && entry.res);
    expect(completed?.trace_id).toBe(traceId);
  });

  it('continues a caller’s trace sent as a W3C traceparent header', async () => {
    const callerTrace = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const response = await call('GET', '/api/v1/partnerships', undefined, { traceparent: `00-${callerTrace}-${callerSpan}-01` });
    expect(response.status).toBe(200);
    const [request] = await eventually(
      async () => spansOf(callerTrace),
      (found) => found.length > 0,
      'the list request’s span in the caller’s trace',
    );
    expect(request).toMatchObject({ service: 'accord-api', name: 'GET /api/v1/partnerships', parentSpanId: callerSpan });
  });
});

/** The server span, the client's update-with-start span and an activity the update ran. */
function expectedSpans(spans: ReceivedSpan[]) {
  const find = (pattern: RegExp) => spans.find((span) => pattern.test(span.name));
  return [find(/^POST \/api\/v1\/partnerships\/:id\/actions\/submit$/), find(/^UpdateWithStartWorkflow:submit$/), find(/^RunActivity:/)];
}
