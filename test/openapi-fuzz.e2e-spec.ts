import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureSchemathesis, type SchemathesisCommand } from '#local-stack';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { projectRoot } from './support/child-process.js';
import { runSchemathesis, schemathesisConfig, seedFuzzRecords, type FuzzRun } from './support/openapi-fuzz.js';

/** Fixed, so a failure found once is found again; the run prints it with every case it reports. */
const SEED = 20_180_416;
const FUZZ_TIMEOUT_MS = 240_000;

/**
 * Every operation of the OpenAPI document, fuzzed by schemathesis: its schema-driven examples,
 * its boundary and malformed values (coverage phase), then random cases. Any 5xx, or any
 * answer that breaks the schema documented for its status, fails the test.
 *
 * The instance is thrown away after the run: its own copy of the database and its own task
 * queue (startAccordTestApp), with the worker running so workflow actions answer. So whatever the
 * fuzzer does there, including abolishing councils, never reaches another test file.
 */
describe('the API under an OpenAPI fuzzer', () => {
  let accord: AccordTestApp;
  let baseUrl: string;
  let schemathesis: SchemathesisCommand;
  let workDir: string;
  let configFile: string;
  let admin: TestKey;
  let hampshireChiefExecutive: TestKey;

  beforeAll(async () => {
    schemathesis = await ensureSchemathesis({ toolsDir: path.join(projectRoot, '.tools'), log: (line) => console.log(line) });
    accord = await startAccordTestApp({ RATE_LIMIT_PER_MINUTE: '1000000' });
    await accord.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(accord.app.getHttpServer().address() as AddressInfo).port}`;
    admin = await createTestKey(accord.database.url, { role: 'admin' });
    hampshireChiefExecutive = await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: HAMPSHIRE });
    workDir = await mkdtemp(path.join(tmpdir(), 'accord-fuzz-'));
    configFile = path.join(workDir, 'schemathesis.toml');
    await writeFile(configFile, schemathesisConfig(await seedFuzzRecords(baseUrl, admin.key)));
  }, 300_000);

  afterAll(async () => {
    await accord?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  async function fuzz(who: string, key: TestKey, options: { phases: string; maxExamples: number }): Promise<FuzzRun> {
    const started = Date.now();
    const run = await runSchemathesis({
      schemathesis,
      openApiUrl: `${baseUrl}/openapi.json`,
      apiKey: key.key,
      configFile,
      cwd: workDir,
      seed: SEED,
      timeoutMs: FUZZ_TIMEOUT_MS,
      ...options,
    });
    console.log(`schemathesis sent ${run.cases} cases as ${who} in ${Math.round((Date.now() - started) / 1000)} s`);
    return run;
  }

  // The two runs send at least 3,000 cases between them (500 + 2,500; about 700 + 5,100 seen).

  /** The whole report when the run failed (each failure with a curl line to reproduce it); empty when it passed. */
  const failures = (run: FuzzRun) => (run.exitCode === 0 ? '' : run.output);

  it('answers every operation for Hampshire’s chief executive without a 5xx or a response outside its schema', async () => {
    const run = await fuzz('Hampshire’s chief executive', hampshireChiefExecutive, { phases: 'examples,fuzzing', maxExamples: 8 });
    expect(failures(run)).toBe('');
    expect(run.cases).toBeGreaterThanOrEqual(500);
  }, 300_000);

  // Last: the admin may abolish councils (the fuzz council, or a story council it guesses), which
  // would narrow what a council-bound caller can still do.
  it('answers every operation for an admin without a 5xx or a response outside its schema', async () => {
    const run = await fuzz('an admin', admin, { phases: 'examples,coverage,fuzzing', maxExamples: 5 });
    expect(failures(run)).toBe('');
    expect(run.cases).toBeGreaterThanOrEqual(2_500);
  }, 300_000);
});
