// Runs the whole system on one machine: PostgreSQL and Temporal (embedded unless
// DATABASE_URL / TEMPORAL_ADDRESS point elsewhere), migrations, the worker, the API and the web pages.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS } from '#workflows';
import { setTimeout as delay } from 'node:timers/promises';
import getPort from 'get-port';
import type { JWK } from 'jose';
import { DevelopmentIdentityProvider, EmbeddedDatabase, ensureTemporalBinaries, signingKey, TemporalDevServer } from '#local-stack';
import { createFirstAdminIfNone } from '#access';
import { loadMigrationConfiguration, type MigrationConfiguration, checkDatabaseReachable } from '#configuration';
import { runMigrations } from '#persistence';
import { DEMO_PEOPLE, demoEmailOf, loadDemoDataIfEmpty, walkDemo, type DemoKey } from '#reference-data';

const root = path.resolve(import.meta.dirname, '..');
// ACCORD_DATA_DIR moves the embedded PostgreSQL and Temporal data (the tests use a temporary one).
const dataDir = path.resolve(process.env.ACCORD_DATA_DIR ?? path.join(root, '.data'));
const say = (line: string): void => console.log(`accord: ${line}`);

interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

const running: Stoppable[] = [];
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
  // One Ctrl-C in a terminal arrives more than once (the terminal signals the whole process
  // group, and npm and tsx pass it on): the first stop finishes in order and exits.
  if (stopping) return new Promise<never>(() => undefined);
  stopping = true;
  say('stopping…');
  for (const part of [...running].reverse()) {
    await part.stop().catch((error: unknown) => say(`${part.name} did not stop cleanly: ${(error as Error).message}`));
  }
  say('stopped');
  process.exit(exitCode);
}

function startNode(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist', script)], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited unexpectedly (${signal ?? `code ${code}`})`);
      void stopAll(1);
    }
  });
  running.push({
    name,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, delay(20_000, undefined, { ref: false }).then(() => child.kill('SIGKILL'))]);
    },
  });
  return child;
}

async function waitUntilReady(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await delay(500);
  }
  return false;
}

/**
 * Two roles: the schema's owner runs the migrations; the API and worker connect as the
 * application's role, which may only add to and read the audit trail.
 */
async function provideDatabase(): Promise<MigrationConfiguration> {
  if (process.env.DATABASE_URL) return loadMigrationConfiguration(process.env);
  const port = await getPort({ port: [54329, 54330, 54331] });
  const database = new EmbeddedDatabase({ dataDir: path.join(dataDir, 'postgres'), port, database: 'accord' });
  say(`starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.relative(root, database.dataDir) || database.dataDir})`);
  await database.start();
  running.push({ name: 'PostgreSQL', stop: () => database.stop() });
  if (database.clusterDir !== database.dataDir) {
    say(
      `the postgres user cannot enter this folder, so the cluster is kept in ${database.clusterDir} (${path.relative(root, database.dataDir)} links to it)`,
    );
  }
  return { ownerUrl: database.url, applicationUrl: database.applicationUrl };
}

async function provideTemporal(): Promise<{ address: string; uiUrl?: string }> {
  if (process.env.TEMPORAL_ADDRESS) return { address: process.env.TEMPORAL_ADDRESS, uiUrl: process.env.TEMPORAL_UI_URL };
  const binaries = await ensureTemporalBinaries({ toolsDir: path.join(root, '.tools'), log: say });
  const port = await getPort({ port: [7233, 7234, 7235] });
  const uiPort = await getPort({ port: [8233, 8234, 8235] });
  const server = new TemporalDevServer({
    cli: binaries.cli,
    dbFile: path.join(dataDir, 'temporal', 'dev.db'),
    port,
    uiPort,
    searchAttributes: PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS,
  });
  say(`starting Temporal dev server on 127.0.0.1:${port} (history in ${path.relative(root, server.dbFile)})`);
  await server.start();
  running.push({ name: 'Temporal', stop: () => server.stop() });
  return { address: server.address, uiUrl: server.uiUrl };
}

/**
 * The key that hashes API keys: API_KEY_PEPPER when set (deployments), else one generated on
 * first start and kept beside the local data, so keys keep working across restarts.
 */
async function provideApiKeyPepper(): Promise<string> {
  if (process.env.API_KEY_PEPPER) return process.env.API_KEY_PEPPER;
  return readOrCreateSecret('api-key-pepper', async () => randomBytes(32).toString('base64url'));
}

interface IdentityProvider {
  /** What the API is told: nothing when OIDC_ISSUER_URL already names the deployment's provider. */
  env: Record<string, string>;
  signInUrl?: string;
}

/** The development provider's port: the issuer is in every bound sign-in, so it should stay the same between starts. */
const DEVELOPMENT_IDENTITY_PORT = 9400;
const DEVELOPMENT_AUDIENCE = 'urn:accord:api';

/**
 * People sign in through OIDC_ISSUER_URL's provider when it is set (a council's Entra ID); else
 * through a development provider started here with the demo people, as the embedded PostgreSQL
 * is. Its signing key and client secret are kept beside the local data, so tokens survive a restart.
 */
async function provideIdentityProvider(apiPort: number, webPort: number): Promise<IdentityProvider> {
  if (process.env.OIDC_ISSUER_URL) return { env: {} };
  const secrets = await readOrCreateSecret('development-identity.json', async () =>
    JSON.stringify({ signingKey: await signingKey(), clientSecret: randomBytes(24).toString('base64url') }),
  );
  const { signingKey: key, clientSecret } = JSON.parse(secrets) as { signingKey: JWK; clientSecret: string };
  const port = await getPort({ port: DEVELOPMENT_IDENTITY_PORT });
  const provider = new DevelopmentIdentityProvider({
    port,
    audience: DEVELOPMENT_AUDIENCE,
    people: DEMO_PEOPLE.map((person) => ({ accountId: person.accountId, name: person.name, email: demoEmailOf(person) })),
    clients: [
      {
        clientId: 'accord',
        clientSecret,
        redirectUris: [`http://localhost:${apiPort}/auth/callback`, `http://localhost:${webPort}/auth/callback`],
        postLogoutRedirectUris: [`http://localhost:${webPort}/signed-out`],
      },
    ],
    signingKeys: [key],
    apiDocsUrl: `http://localhost:${apiPort}/docs`,
  });
  await provider.start();
  running.push({ name: 'identity provider', stop: () => provider.stop() });
  say(`started the development identity provider at ${provider.issuer}`);
  if (port !== DEVELOPMENT_IDENTITY_PORT) {
    say(
      `port ${DEVELOPMENT_IDENTITY_PORT} is busy: people who signed in through the provider there must be invited again under ${provider.issuer}`,
    );
  }
  return {
    env: {
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: 'accord',
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_AUDIENCE: DEVELOPMENT_AUDIENCE,
    },
    signInUrl: provider.signInUrl,
  };
}

/** The key that signs the web pages' session cookies: WEB_SESSION_SECRET when set, else one kept beside the local data. */
async function provideWebSessionSecret(): Promise<string> {
  if (process.env.WEB_SESSION_SECRET) return process.env.WEB_SESSION_SECRET;
  return readOrCreateSecret('web-session-secret', async () => randomBytes(32).toString('base64url'));
}

async function readOrCreateSecret(name: string, create: () => Promise<string>): Promise<string> {
  const file = path.join(dataDir, 'secrets', name);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const value = await create();
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, `${value}\n`, { mode: 0o600 });
    return value;
  }
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll(0));
  const apiPort = Number(process.env.PORT ?? 3000);
  // WEB_PORT exactly when set; else 3001, or the next free one (the printed address says which).
  const webPort = process.env.WEB_PORT ? Number(process.env.WEB_PORT) : await getPort({ port: [3001, 3002, 3003] });
  const { ownerUrl, applicationUrl: databaseUrl } = await provideDatabase();
  const temporal = await provideTemporal();
  const identity = await provideIdentityProvider(apiPort, webPort);
  await checkDatabaseReachable({ database: { url: ownerUrl, poolMax: 1 } });
  const applied = await runMigrations({ url: ownerUrl }, { applicationUrl: databaseUrl });
  say(applied.length ? `applied migrations: ${applied.join(', ')}` : 'schema is up to date');
  const demoLoaded = process.env.ACCORD_DEMO_DATA !== 'false' && (await loadDemoDataIfEmpty(databaseUrl));
  if (demoLoaded) say('loaded the demo data');
  const pepper = await provideApiKeyPepper();
  const firstAdmin = await createFirstAdminIfNone(databaseUrl, pepper);

  const { DATABASE_OWNER_URL: _ownerOnlyForMigrations, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    PORT: String(apiPort),
    API_KEY_PEPPER: pepper,
    ...identity.env,
    WORKFLOW_BUNDLE_PATH: process.env.WORKFLOW_BUNDLE_PATH ?? path.join(root, 'dist', 'workflow-bundle.js'),
  };
  const workerMetrics = process.env.WORKER_METRICS_ADDRESS ?? `127.0.0.1:${await getPort({ port: [9464, 9465, 9466] })}`;
  startNode('worker', 'apps/worker/src/main.js', { ...env, WORKER_METRICS_ADDRESS: workerMetrics });
  startNode('API', 'apps/api/src/main.js', env);
  const base = `http://localhost:${apiPort}`;
  // The web pages need the API only once someone opens them: they start beside it.
  const web = `http://localhost:${webPort}`;
  startNode('web pages', 'apps/web/src/main.js', {
    ...env,
    ACCORD_API_URL: base,
    WEB_PORT: String(webPort),
    WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL ?? web,
    WEB_SESSION_SECRET: await provideWebSessionSecret(),
  });
  if (!(await waitUntilReady(`${base}/ready`, 90_000))) {
    say(`the API did not become ready at ${base}/ready`);
    await stopAll(1);
  }
  if (!(await waitUntilReady(`${web}/health`, 60_000))) {
    say(`the web pages did not start at ${web}`);
    await stopAll(1);
  }
  let demoKeys: DemoKey[] = [];
  if (demoLoaded && firstAdmin) {
    say('walking the demo partnerships through the workflow (the Isle of Wight and Torbay, from draft to their ends)…');
    try {
      demoKeys = await walkDemo(base, firstAdmin.key);
      await writeFile(path.join(dataDir, 'secrets', 'demo-api-keys.json'), `${JSON.stringify(demoKeys, null, 2)}\n`, { mode: 0o600 });
    } catch (error) {
      // The system itself is up; a demo that stopped half-way is worth a line, not a failed start.
      say(`the demo walk stopped: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  console.log(
    [
      '',
      `Accord is running. Ctrl-C stops everything; the data stays in ${path.relative(root, dataDir) || dataDir}/ for the next start.`,
      `  Web pages              ${process.env.WEB_PUBLIC_URL ?? web}  (sign in as a demo person)`,
      `  API docs (Swagger UI)  ${base}/docs`,
      `  OpenAPI JSON           ${base}/openapi.json`,
      `  Readiness              ${base}/ready`,
      `  Metrics (Prometheus)   ${base}/metrics (API), http://${workerMetrics}/metrics (worker)`,
      `  Published decisions    ${base}/councils/E10000014/decisions.atom (Hampshire's Atom feed; each entry links its printable page)`,
      `  Temporal UI            ${temporal.uiUrl ?? '(external Temporal: see your cluster UI)'}`,
      ...(identity.signInUrl
        ? [`  Sign in (development)  ${identity.signInUrl}  (pick a demo person; use the token shown in Authorize at /docs)`]
        : [`  Sign in                through ${process.env.OIDC_ISSUER_URL}`]),
      '',
      ...(firstAdmin
        ? [
            'First start: an admin API key was created. It is shown only now; store it (Authorize in /docs with it):',
            `  ${firstAdmin.key}`,
            '',
          ]
        : []),
      ...(demoKeys.length > 0
        ? [
            `Demo keys, one per role (also in ${path.relative(root, path.join(dataDir, 'secrets', 'demo-api-keys.json'))}):`,
            ...demoKeys.map((demo) => `  ${demo.name.padEnd(50)} ${demo.key}`),
            '',
          ]
        : []),
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  say((error instanceof Error ? error.message : String(error)).split('\n')[0]);
  await stopAll(1);
});
