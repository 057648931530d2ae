import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { projectRoot } from './support/child-process.js';
import { documentedRoutes, servedRoutes } from './support/served-routes.js';

interface Described {
  description?: string;
}

interface DocumentedOperation extends Described {
  responses?: Record<string, Described>;
}

interface DocumentedSchema extends Described {
  properties?: Record<string, Described>;
}

interface RedoclyReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

/** The served document under `redocly lint` with the project's redocly.yaml (the recommended ruleset). */
async function lintWithRedocly(document: object): Promise<RedoclyReport> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'accord-redocly-'));
  try {
    const file = path.join(workDir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const redocly = path.join(projectRoot, 'node_modules', '.bin', 'redocly');
    const args = ['lint', file, '--config', path.join(projectRoot, 'redocly.yaml'), '--format', 'json'];
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    // redocly exits 1 when it finds errors; the report on stdout says what they are either way.
    const { stdout } = await promisify(execFile)(redocly, args, { env, maxBuffer: 64 * 1024 * 1024 }).catch(
      (failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }),
    );
    return JSON.parse(stdout.slice(stdout.indexOf('{'))) as RedoclyReport;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

describe('the OpenAPI contract', () => {
  let accord: AccordTestApp;
  let document: { paths: Record<string, Record<string, unknown>>; components?: { schemas?: Record<string, DocumentedSchema> } };

  beforeAll(async () => {
    accord = await startAccordTestApp({}, { worker: false });
    document = (await request(accord.app.getHttpServer()).get('/openapi.json').expect(200)).body;
  });

  afterAll(async () => {
    await accord?.close();
  });

  it('passes Redocly’s recommended ruleset with no error and no warning', async () => {
    const report = await lintWithRedocly(document);
    const problems = report.problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('documents every route the API serves', () => {
    const documented = new Set(documentedRoutes(document));
    expect(servedRoutes(accord.app).filter((route) => !documented.has(route))).toEqual([]);
  });

  it('serves every operation it documents', () => {
    const served = new Set(servedRoutes(accord.app));
    expect(documentedRoutes(document).filter((route) => !served.has(route))).toEqual([]);
    expect(served.size).toBeGreaterThanOrEqual(60);
  });

  it('describes every operation, success response, schema and property', () => {
    const missing: string[] = [];
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations as Record<string, DocumentedOperation>)) {
        const name = `${method.toUpperCase()} ${route}`;
        if (!operation.description?.trim()) missing.push(`${name}: no description`);
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (status.startsWith('2') && !response.description?.trim()) missing.push(`${name} ${status}: no description`);
        }
      }
    }
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      if (!schema.description?.trim()) missing.push(`schema ${name}: no description`);
      for (const [property, definition] of Object.entries(schema.properties ?? {})) {
        if (!definition.description?.trim()) missing.push(`schema ${name}.${property}: no description`);
      }
    }
    expect(missing).toEqual([]);
  });
});
