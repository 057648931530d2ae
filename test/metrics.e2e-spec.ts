import getPort from 'get-port';
import pg from 'pg';
import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, type TestKey } from './support/api-keys.js';
import { killAtOnce } from './support/api-process.js';
import type { WatchedProcess } from './support/child-process.js';
import { eventually } from './support/eventually.js';
import { partnershipRequest } from './support/partnership.builder.js';
import { waitForStage } from './support/partnership-walk.js';
import { createStageParty, partnershipStages, type StageParty } from './support/partnership-stages.js';
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
  const party = {} as StageParty;

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
    await createStageParty(accord.database.url, party);
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

  it('counts sign-offs the reminder timer has chased, and webhook subscriptions whose deliveries fail', async () => {
    const stages = partnershipStages(
      () => accord.app.getHttpServer(),
      party,
      () => accord.temporal,
    );
    const id = await stages.inSignOff();
    const before = await scrapeApi();
    const sql = new pg.Client({ connectionString: accord.database.ownerUrl });
    await sql.connect();
    try {
      // As the reminder timer's activity records it: waiting days for the timer is not this test's concern.
      await sql.query(
        `INSERT INTO domain_event (type, council_codes, subject_type, subject_id, data, idempotency_key)
         VALUES ('partnership.sign_off_overdue', ARRAY['E10000014', 'E10000002'], 'partnership', $1, '{}', $2)`,
        [id, `metrics-test-chase:${id}`],
      );
      const subscribe = (status: string) =>
        sql.query<{ id: string }>(
          `INSERT INTO webhook_subscription (council_code, url, event_types, secret, status, cursor_xact_id)
           VALUES ('E10000014', 'https://receiver.invalid/hook', ARRAY['partnership.stage_changed'], 'whsec_metricstest', $1, pg_current_xact_id())
           RETURNING id`,
          [status],
        );
      await subscribe('failing');
      const [retrying] = (await subscribe('active')).rows;
      await sql.query(
        `INSERT INTO webhook_delivery_attempt (subscription_id, event_id, attempt, status_code, latency_ms, succeeded, error)
         SELECT $1, max(id), 1, 503, 12, false, 'receiver answered 503' FROM domain_event`,
        [retrying.id],
      );
    } finally {
      await sql.end();
    }

    const after = await scrapeApi();
    expect(sample(after, 'accord_sign_offs_overdue')).toBe(sample(before, 'accord_sign_offs_overdue') + 1);
    for (const state of ['retrying', 'given_up']) {
      expect(sample(after, 'accord_webhook_subscriptions_failing', { state })).toBe(
        sample(before, 'accord_webhook_subscriptions_failing', { state }) + 1,
      );
    }
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
