import pg from 'pg';
import { createTestKey, HAMPSHIRE } from './support/api-keys.js';
import { eventually } from './support/eventually.js';
import { signInThroughProvider } from './support/oidc-sign-in.js';
import { startTokenAcceptingReplicas, type TokenAcceptingReplicas } from './support/token-accepting-replicas.js';

const PERSON = { accountId: 'hampshire-director', name: 'Director, Hampshire', email: 'director@hants.example' };

/**
 * Each API process keeps recently checked credentials in memory; a revocation or a disabling
 * made through one replica must stop the credential on the other at once (LISTEN/NOTIFY).
 */
describe('revoking a credential on one replica', () => {
  let system: TokenAcceptingReplicas;

  beforeAll(async () => {
    system = await startTokenAcceptingReplicas([PERSON], 'revocation-test-client-secret');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const call = async (replica: number, path: string, credential: string, method = 'GET', body?: object) => {
    const response = await fetch(`${system.replicas[replica].url}${path}`, {
      method,
      headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  /** Several requests at each replica, so each holds the credential in memory before the change. */
  const useAtBothReplicas = async (credential: string) => {
    for (const replica of [0, 1]) {
      for (let request = 0; request < 3; request += 1) expect((await call(replica, '/api/v1/me', credential)).status).toBe(200);
    }
  };

  it('refuses an API key at the other replica as soon as it is revoked at one', async () => {
    const principal = await call(0, '/api/v1/principals', system.admin.key, 'POST', {
      name: 'Hampshire HR system',
      kind: 'service_account',
      role: 'integrator',
      councilCode: HAMPSHIRE,
    });
    const issued = await call(0, `/api/v1/principals/${String(principal.body.id)}/api-keys`, system.admin.key, 'POST', {
      scopes: ['partnerships:read'],
    });
    const key = issued.body.key as string;
    await useAtBothReplicas(key);

    expect((await call(0, `/api/v1/api-keys/${String(issued.body.id)}/revoke`, system.admin.key, 'POST')).status).toBe(200);

    expect(await call(1, '/api/v1/me', key)).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    expect(await call(0, '/api/v1/me', key)).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    expect((await call(1, '/api/v1/me', system.admin.key)).status).toBe(200);
  });

  it('refuses a disabled person’s access token at the other replica as soon as they are disabled at one', async () => {
    const invited = await call(0, '/api/v1/principals', system.admin.key, 'POST', {
      name: PERSON.name,
      kind: 'person',
      role: 'director',
      councilCode: HAMPSHIRE,
      email: PERSON.email,
    });
    expect(invited.status).toBe(201);
    const { accessToken } = await signInThroughProvider({ issuer: system.provider.issuer, ...system.client, accountId: PERSON.accountId });
    await useAtBothReplicas(accessToken);

    expect((await call(0, `/api/v1/principals/${String(invited.body.id)}/disable`, system.admin.key, 'POST')).status).toBe(200);

    for (const replica of [1, 0]) {
      expect(await call(replica, '/api/v1/me', accessToken)).toMatchObject({
        status: 403,
        body: { code: 'forbidden', detail: expect.stringContaining('disabled') },
      });
    }
  });

  it('refuses every key of a service account at the other replica as soon as it is disabled at one', async () => {
    const principal = await call(1, '/api/v1/principals', system.admin.key, 'POST', {
      name: 'Hampshire finance system',
      kind: 'service_account',
      role: 'integrator',
      councilCode: HAMPSHIRE,
    });
    const issued = await call(1, `/api/v1/principals/${String(principal.body.id)}/api-keys`, system.admin.key, 'POST', {
      scopes: ['workforce:read'],
    });
    const key = issued.body.key as string;
    await useAtBothReplicas(key);

    expect((await call(1, `/api/v1/principals/${String(principal.body.id)}/disable`, system.admin.key, 'POST')).status).toBe(200);

    expect(await call(0, '/api/v1/me', key)).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
  });

  it('serves a credential it has seen from memory: only the notification makes a replica look again', async () => {
    const holder = await createTestKey(system.database.url, { role: 'hr', councilCode: HAMPSHIRE });
    await useAtBothReplicas(holder.key);
    const owner = new pg.Client({ connectionString: system.database.ownerUrl });
    await owner.connect();
    try {
      // Triggers off for this session: the key is revoked in the table, and no one is told.
      await owner.query(`SET session_replication_role = replica`);
      await owner.query(`UPDATE api_key SET revoked_at = now() WHERE id = $1`, [holder.keyId]);
      for (const replica of [0, 1]) expect((await call(replica, '/api/v1/me', holder.key)).status).toBe(200);
      await owner.query(`NOTIFY accord_credentials`);
    } finally {
      await owner.end();
    }
    for (const replica of [0, 1]) {
      await eventually(
        async () => (await call(replica, '/api/v1/me', holder.key)).status,
        (status) => status === 401,
        `replica ${replica} to look the key up again once told`,
      );
    }
  });
});
