import getPort from 'get-port';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { removeEmbeddedDatabaseFiles } from '#local-stack';
import { cleanEnv, projectRoot, startProcess, type WatchedProcess } from './support/child-process.js';
import { signInAtDevelopmentPage } from './support/oidc-sign-in.js';
import { HttpBrowser, signInToWebPages } from './support/web-http-browser.js';
import { partnershipRequest } from './support/partnership.builder.js';

const LAUNCHER = ['--import', 'tsx', path.join(projectRoot, 'scripts', 'launch-system.ts')];

describe('the whole system as `npm start` runs it', () => {
  let dataDir: string;
  let running: WatchedProcess | undefined;

  beforeAll(async () => {
    dataDir = path.join(projectRoot, '.test-data', `system-${process.pid}`);
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
  });

  afterAll(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGINT');
      await running.exited;
    }
    // As root in a folder the postgres user cannot enter, the cluster lives in /var/tmp, linked from here.
    await removeEmbeddedDatabaseFiles(path.join(dataDir, 'postgres'));
    await rm(dataDir, { recursive: true, force: true });
  });

  async function startSystem(port: number, webPort: number): Promise<WatchedProcess> {
    running = startProcess(
      LAUNCHER,
      cleanEnv({ PORT: String(port), WEB_PORT: String(webPort), ACCORD_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
    );
    await running.waitFor('Accord is running', 120_000);
    return running;
  }

  async function stopSystem(system: WatchedProcess): Promise<void> {
    system.child.kill('SIGINT');
    await expect(system.exited).resolves.toEqual({ code: 0, signal: null });
    expect(system.output()).toContain('accord: stopped');
  }

  // Two starts of the whole system and a demo walk: more than the default two minutes on a busy machine.
  it('keeps a partnership and its workflow across a stop and a start', async () => {
    const port = await getPort();
    const webPort = await getPort();
    const base = `http://127.0.0.1:${port}`;
    const first = await startSystem(port, webPort);
    expect(first.output()).toContain(`${`http://localhost:${port}`}/docs`);
    const adminKey = /^\s+(acc_\S+)$/m.exec(first.output())?.[1];
    expect(adminKey).toBeDefined();
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` };
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    const created = await fetch(`${base}/api/v1/partnerships`, {
      method: 'POST',
      headers,
      body: JSON.stringify(partnershipRequest()),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // Done when: the printed sign-in URL lets a person pick Hampshire's chief executive and call the API as them.
    const signInUrl = /Sign in \(development\)\s+(\S+)/.exec(first.output())?.[1];
    expect(signInUrl).toBeDefined();
    const accessToken = await signInAtDevelopmentPage(signInUrl as string, 'hampshire-chief-executive');
    const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    await expect(me.json()).resolves.toMatchObject({ name: 'Chief Executive, Hampshire County Council', role: 'chief_executive' });
    // And the printed web pages sign the same person in and show them their partnerships.
    const webUrl = /Web pages\s+(\S+)/.exec(first.output())?.[1];
    expect(webUrl).toBe(`http://localhost:${webPort}`);
    const home = await signInToWebPages(new HttpBrowser(), webUrl as string, 'hampshire-chief-executive');
    expect([home.status, home.url.href]).toEqual([200, `${webUrl}/`]);
    expect(home.html).toContain('What needs you');
    expect(home.html).toContain('Chief Executive, Hampshire County Council');
    expect(home.html).toContain(`href="/partnerships/${id}"`);
    await stopSystem(first);

    const second = await startSystem(port, webPort);
    expect(second.output()).not.toContain('acc_');
    const read = await fetch(`${base}/api/v1/partnerships/${id}`, { headers });
    expect(read.status).toBe(200);
    await expect(read.json()).resolves.toMatchObject({ id, stage: 'draft' });
    const submitted = await fetch(`${base}/api/v1/partnerships/${id}/actions/submit`, {
      method: 'POST',
      headers,
      body: '{}',
    });
    await expect(submitted.json()).resolves.toEqual({ partnershipId: id, stage: 'officer_review' });
    await stopSystem(second);
  }, 300_000);
});
