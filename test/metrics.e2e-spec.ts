import getPort from 'get-port';
import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, type TestKey } from './support/api-keys.js';
import { killAtOnce } from './support/api-process.js';
import type { WatchedProcess } from './support/child-process.js';
import { eventually } from './support/eventually.js';
import { partnershipRequest } from './support/partnership.builder.js';
import { waitForStage } from './support/partnership-walk.js';
import { startWorkerProcess } from './support/worker-process.js';

/** One sample's value from Prometheus text, by metric name and exact labels; 0 when absent. */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.slice(name.length).match(/^\{(.*)\}/)?.[1] ?? '';
    if (wanted.every((label) => labelText.split(',').includes(label))) return Number(line.split(' ').at(-1));
  }
  return 0;
}

describe('metrics for operators', () => {
  let accord: AccordTestApp;
  let worker: WatchedProcess;
  let workerMetrics: string;
  let chief: TestKey;
  let director: TestKey;

  beforeAll(async () => {
    // The workflow's tasks go to a worker process, whose Temporal runtime exports Prometheus metrics.
    accord = await startAccordTestApp({}, { worker: false });
    const address = `127.0.0.1:${await getPort()}`;
    workerMetrics = `http://${address}/metrics`;
    worker = await startWorkerProcess({
      DATABASE_URL: accord.database.url,
      TEMPORAL_TASK_QUEUE: accord.taskQueue,
      WORKER_METRICS_ADDRESS: address,
    });
    chief = await createTestKey(accord.database.url, { role: 'chief_executive' });
    director = await createTestKey(accord.database.url, { role: 'director' });
  });

  afterAll(async () => {
    if (worker) await killAtOnce(worker);
    await accord?.close();
  });

  const scrapeApi = async () => (await request(accord.app.getHttpServer()).get('/metrics').expect(200)).text;

  it('counts requests by route pattern and status, and partnerships by stage, as the story moves', async () => {
    const before = await scrapeApi();
    const created = await request(accord.app.getHttpServer())
      .post('/api/v1/partnerships')
      .auth(chief.key, { type: 'bearer' })
      .send(partnershipRequest())
      .expect(201);
    const id = created.body.id as string;
    await request(accord.app.getHttpServer())
      .post(`/api/v1/partnerships/${id}/actions/submit`)
      .auth(chief.key, { type: 'bearer' })
      .send({})
      .expect(200);
    await request(accord.app.getHttpServer()).get(`/api/v1/partnerships/${id}`).expect(401);
    await waitForStage(accord.app.getHttpServer(), director, id, 'officer_review');

    const after = await scrapeApi();
    const submitted = { method: 'POST', route: '/api/v1/partnerships/:id/actions/submit', status: '200' };
    expect(sample(after, 'accord_http_request_duration_seconds_count', submitted)).toBe(
      sample(before, 'accord_http_request_duration_seconds_count', submitted) + 1,
    );
    expect(
      sample(after, 'accord_http_request_duration_seconds_count', { route: '/api/v1/partnerships/:id', status: '401' }),
    ).toBeGreaterThan(0);
    expect(sample(after, 'accord_partnerships', { stage: 'officer_review' })).toBe(
      sample(before, 'accord_partnerships', { stage: 'officer_review' }) + 1,
    );
    for (const series of [
      'accord_db_pool_connections',
      'accord_decisions_in_call_in_window',
      'accord_teams_below_floor_today',
      'accord_api_process_resident_memory_bytes',
    ]) {
      expect(after).toContain(`# TYPE ${series} gauge`);
    }
    expect(after).toContain('# TYPE accord_rate_limit_refusals_total counter');
  });

  it('exports the worker’s Temporal runtime metrics, with activity latencies by activity type', async () => {
    const scraped = await eventually(
      async () => (await fetch(workerMetrics)).text(),
      (text) => /temporal_activity_execution_latency\w*\{[^}]*activity_type="recordStageChange"/.test(text),
      'the worker to report the recordStageChange activity',
    );
    expect(scraped).toMatch(/temporal_workflow_task_execution_latency/);
  });
});
