import getPort from 'get-port';
import type { JWK } from 'jose';
import { DevelopmentIdentityProvider, signingKey, type DevelopmentPerson } from '#local-stack';
import { createTestKey, type TestKey } from './api-keys.js';
import { killAtOnce, startApiProcess, type ApiProcess } from './api-process.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** The audience the API is told access tokens carry. */
export const TOKEN_AUDIENCE = 'urn:accord:api';

/** The web pages' registration at the provider, as a test signs in through it. */
export interface RegisteredClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface TokenAcceptingReplicas {
  database: TestDatabase;
  provider: DevelopmentIdentityProvider;
  /** The key the provider signs its tokens with, to forge tokens it would have issued. */
  signingJwk: JWK;
  client: RegisteredClient;
  /** Two API processes over one database, each accepting the provider's tokens beside API keys. */
  replicas: ApiProcess[];
  admin: TestKey;
  stop(): Promise<void>;
}

/**
 * A development identity provider with the given people, and two API replicas (real processes)
 * over a database of their own that accept its access tokens, with an admin key to invite people.
 */
export async function startTokenAcceptingReplicas(people: DevelopmentPerson[], clientSecret: string): Promise<TokenAcceptingReplicas> {
  const client: RegisteredClient = { clientId: 'accord', clientSecret, redirectUri: 'http://127.0.0.1:9/auth/callback' };
  const database = await createTestDatabase();
  const signingJwk = await signingKey();
  const provider = new DevelopmentIdentityProvider({
    port: await getPort(),
    people,
    clients: [{ clientId: client.clientId, clientSecret: client.clientSecret, redirectUris: [client.redirectUri] }],
    audience: TOKEN_AUDIENCE,
    signingKeys: [signingJwk],
  });
  await provider.start();
  const environment = {
    DATABASE_URL: database.url,
    OIDC_ISSUER_URL: provider.issuer,
    OIDC_CLIENT_ID: client.clientId,
    OIDC_AUDIENCE: TOKEN_AUDIENCE,
  };
  const replicas = await Promise.all([startApiProcess(environment), startApiProcess(environment)]);
  const admin = await createTestKey(database.url, { role: 'admin' });
  return {
    database,
    provider,
    signingJwk,
    client,
    replicas,
    admin,
    stop: async () => {
      await Promise.all(replicas.map(killAtOnce));
      await provider.stop();
      await database.drop();
    },
  };
}
