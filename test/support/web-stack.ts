import getPort from 'get-port';
import { DevelopmentIdentityProvider } from '#local-stack';
import type { Role } from '#domain';
import { createTestKey, HAMPSHIRE, type TestKey } from './api-keys.js';
import { killAtOnce, startApiProcess, type ApiProcess } from './api-process.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { startWebProcess, webClientUris, type WebProcess } from './web-process.js';

const AUDIENCE = 'urn:accord:api';
const CLIENT = { clientId: 'accord-web', clientSecret: 'web-pages-test-client-secret' };

export interface WebStackPerson {
  /** What the test picks on the provider's sign-in page. */
  accountId: string;
  name: string;
  email: string;
  /** Invited by an admin with this role and council; not invited when omitted. */
  role?: Role;
  councilCode?: string;
}

export interface WebStack {
  database: TestDatabase;
  provider: DevelopmentIdentityProvider;
  api: ApiProcess;
  webs: WebProcess[];
  admin: TestKey;
  /** The principal id of each invited person, by account id. */
  principals: Map<string, string>;
  stop(): Promise<void>;
}

/**
 * What a test of the web pages needs, as real processes: its own database, a development
 * provider with the given people, an API process that accepts its tokens, the people invited by
 * an admin, and `webReplicas` web processes registered with the provider.
 * `prepare` runs on the database before the web processes start (rows a test wants to see).
 */
export async function startWebStack(options: {
  people: readonly WebStackPerson[];
  webReplicas?: number;
  accessTokenTtlSeconds?: number;
  temporalTaskQueue?: string;
}): Promise<WebStack> {
  const database = await createTestDatabase();
  const ports: number[] = [];
  for (let replica = 0; replica < (options.webReplicas ?? 1); replica += 1) ports.push(await getPort());
  const provider = new DevelopmentIdentityProvider({
    port: await getPort(),
    people: options.people.map(({ accountId, name, email }) => ({ accountId, name, email })),
    clients: [
      {
        ...CLIENT,
        redirectUris: ports.flatMap((port) => webClientUris(port).redirectUris),
        postLogoutRedirectUris: ports.flatMap((port) => webClientUris(port).postLogoutRedirectUris),
      },
    ],
    audience: AUDIENCE,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds,
  });
  await provider.start();
  const api = await startApiProcess({
    DATABASE_URL: database.url,
    OIDC_ISSUER_URL: provider.issuer,
    OIDC_CLIENT_ID: CLIENT.clientId,
    OIDC_AUDIENCE: AUDIENCE,
    ...(options.temporalTaskQueue ? { TEMPORAL_TASK_QUEUE: options.temporalTaskQueue } : {}),
  });
  const admin = await createTestKey(database.url, { role: 'admin' });
  const principals = new Map<string, string>();
  for (const person of options.people.filter((each) => each.role)) {
    const created = await fetch(`${api.url}/api/v1/principals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: person.name,
        kind: 'person',
        role: person.role,
        councilCode: person.role === 'commissioner' || person.role === 'admin' ? undefined : (person.councilCode ?? HAMPSHIRE),
        email: person.email,
      }),
    });
    if (created.status !== 201) throw new Error(`inviting ${person.email} answered ${created.status}: ${await created.text()}`);
    principals.set(person.accountId, ((await created.json()) as { id: string }).id);
  }
  const webs = await Promise.all(
    ports.map((port) =>
      startWebProcess({
        port,
        DATABASE_URL: database.url,
        ACCORD_API_URL: api.url,
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: CLIENT.clientId,
        OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      }),
    ),
  );
  return {
    database,
    provider,
    api,
    webs,
    admin,
    principals,
    stop: async () => {
      await Promise.all(webs.map(killAtOnce));
      await killAtOnce(api);
      await provider.stop();
      await database.drop();
    },
  };
}
