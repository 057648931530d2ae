import getPort from 'get-port';
import path from 'node:path';
import { createTestKey, TEST_API_KEY_PEPPER } from './support/api-keys.js';
import { cleanEnv, projectRoot, startProcess } from './support/child-process.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { stackValue } from './support/test-stack.js';

const API = path.join(projectRoot, 'dist', 'apps', 'api', 'src', 'main.js');
const WORKER = path.join(projectRoot, 'dist', 'apps', 'worker', 'src', 'main.js');

describe('the API and worker processes', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  function goodConfig(): Record<string, string> {
    return {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: stackValue('temporalAddress'),
      TEMPORAL_TASK_QUEUE: `start-up-${process.pid}`,
      WORKFLOW_BUNDLE_PATH: stackValue('workflowBundlePath'),
      LOG_LEVEL: 'info',
      API_KEY_PEPPER: TEST_API_KEY_PEPPER,
    };
  }

  async function failedStart(script: string, overrides: Record<string, string>) {
    const started = startProcess([script], cleanEnv({ ...goodConfig(), ...overrides }));
    const { code } = await started.exited;
    return { code, stderr: started.stderr().trimEnd() };
  }

  it('refuses a DATABASE_URL that is not a postgres URL with one line and exit code 1', async () => {
    const { code, stderr } = await failedStart(API, { DATABASE_URL: 'mysql://nowhere/accord' });
    expect(code).toBe(1);
    expect(stderr).toBe('accord-api: invalid configuration: DATABASE_URL must be a postgres:// URL');
  });

  it('refuses to start the API without the key that hashes API keys', async () => {
    const { code, stderr } = await failedStart(API, { API_KEY_PEPPER: '' });
    expect(code).toBe(1);
    expect(stderr).toBe('accord-api: invalid configuration: API_KEY_PEPPER is required by the API');
  });

  it('names the unreachable PostgreSQL in one line and exits 1', async () => {
    const closedPort = await getPort();
    const { code, stderr } = await failedStart(API, { DATABASE_URL: `postgres://accord@127.0.0.1:${closedPort}/accord` });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^accord-api: cannot reach PostgreSQL at 127\\.0\\.0\\.1:${closedPort}/accord: .*ECONNREFUSED`));
  });

  it.each([
    ['accord-api', API],
    ['accord-worker', WORKER],
  ])('refuses to run %s as the schema owner, who could rewrite the audit trail, in one line', async (name, script) => {
    const { code, stderr } = await failedStart(script, { DATABASE_URL: database.ownerUrl });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^${name}: the database role "accord" of DATABASE_URL is a superuser, which no privilege binds: connect as the application's own role .*DATABASE_OWNER_URL`,
      ),
    );
    expect(stderr.split('\n')).toHaveLength(1);
  });

  it('names the unreachable Temporal in one line and exits 1', async () => {
    const closedPort = await getPort();
    const { code, stderr } = await failedStart(WORKER, { TEMPORAL_ADDRESS: `127.0.0.1:${closedPort}` });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^accord-worker: cannot reach Temporal namespace "default" at 127\\.0\\.0\\.1:${closedPort}`));
  });

  it('drains and stops the worker on SIGTERM', async () => {
    const worker = startProcess([WORKER], cleanEnv(goodConfig()));
    await worker.waitFor('worker polling task queue', 60_000);
    worker.child.kill('SIGTERM');
    await expect(worker.exited).resolves.toEqual({ code: 0, signal: null });
    expect(worker.output()).toContain('worker stopped');
  });

  it('serves requests, never logs the API key, then closes cleanly on SIGTERM', async () => {
    const port = await getPort();
    const { key } = await createTestKey(database.url, { role: 'chief_executive' });
    const api = startProcess([API], cleanEnv({ ...goodConfig(), PORT: String(port) }));
    try {
      await api.waitFor('Nest application successfully started', 60_000);
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBeTruthy();
      const me = await fetch(`http://127.0.0.1:${port}/api/v1/me`, {
        headers: { authorization: `Bearer ${key}`, 'x-request-id': 'log-check-1' },
      });
      expect(me.status).toBe(200);
      await api.waitFor('log-check-1', 10_000);
      expect(api.output()).not.toContain(key.slice('acc_'.length + 12 + 1));
    } finally {
      // One SIGTERM, pass or fail: the API closes and exits 0 (a failed assertion must not leave it running).
      api.child.kill('SIGTERM');
    }
    await expect(api.exited).resolves.toEqual({ code: 0, signal: null });
  });
});
