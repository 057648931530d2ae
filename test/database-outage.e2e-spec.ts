import { randomUUID } from 'node:crypto';
import { createTestKey, type TestKey } from './support/api-keys.js';
import { eventually } from './support/eventually.js';
import { killAtOnce, startApiProcess, type ApiProcess } from './support/api-process.js';
import { startOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { partnershipRequest } from './support/partnership.builder.js';

interface Operation {
  method: string;
  path: string;
}

describe('PostgreSQL going away and coming back', () => {
  let database: OwnDatabase;
  let api: ApiProcess | undefined;
  let admin: TestKey;

  beforeAll(async () => {
    database = await startOwnDatabase('database-outage');
    admin = await createTestKey(database.url, { role: 'admin' });
    api = await startApiProcess({ DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: `database-outage-${process.pid}` });
  });

  afterAll(async () => {
    if (api) await killAtOnce(api);
    await database?.remove();
  });

  const call = (operation: Operation, headers: Record<string, string> = {}) =>
    fetch(`${api!.url}${operation.path}`, {
      method: operation.method,
      headers: { authorization: `Bearer ${admin.key}`, 'content-type': 'application/json', ...headers },
      body: operation.method === 'GET' ? undefined : '{}',
    });

  /** Every operation of the OpenAPI document, its path parameters filled in (the database is asked before they matter). */
  async function everyOperation(): Promise<Operation[]> {
    const document = (await (await fetch(`${api!.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    return Object.entries(document.paths)
      .filter(([route]) => route !== '/health' && route !== '/ready')
      .flatMap(([route, methods]) =>
        Object.keys(methods).map((method) => ({
          method: method.toUpperCase(),
          path: route.replace(/\{(\w+)\}/g, (_whole, name: string) => (/code/i.test(name) ? 'E10000014' : randomUUID())),
        })),
      );
  }

  it('answers 503 database_unavailable with Retry-After to every request while it is down, and serves again within 10 s of its return', async () => {
    const councils: Operation = { method: 'GET', path: '/api/v1/councils' };
    expect((await call(councils)).status).toBe(200);
    const operations = await everyOperation();
    expect(operations.length).toBeGreaterThan(30);

    await database.server.stop();

    for (const operation of operations) {
      const response = await call(operation, { 'idempotency-key': `outage-${randomUUID()}` });
      const problem = (await response.json()) as Record<string, unknown>;
      expect({ operation, status: response.status, code: problem.code }).toEqual({ operation, status: 503, code: 'database_unavailable' });
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(problem.requestId).toEqual(expect.any(String));
    }
    expect((await fetch(`${api!.url}/ready`)).status).toBe(503);
    expect((await fetch(`${api!.url}/health`)).status).toBe(200);

    await database.server.start();
    await eventually(
      async () => (await call(councils)).status,
      (status) => status === 200,
      'the API to serve again once PostgreSQL is back',
      { timeoutMs: 10_000 },
    );
    expect((await fetch(`${api!.url}/ready`)).status).toBe(200);
    const created = await fetch(`${api!.url}/api/v1/partnerships`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.key}`, 'content-type': 'application/json', 'idempotency-key': 'after-the-outage' },
      body: JSON.stringify(partnershipRequest({ title: 'Proposed after the outage' })),
    });
    expect(created.status).toBe(201);
    expect(api!.child.exitCode).toBeNull();
  });
});
