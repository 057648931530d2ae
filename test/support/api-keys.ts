import pg from 'pg';
import { generateApiKey, hashApiKeySecret } from '#access';
import type { Role, Scope } from '#domain';

/** Pepper of every test app; real deployments get theirs from the environment. */
export const TEST_API_KEY_PEPPER = 'test-pepper-that-is-at-least-thirty-two-characters-long';

export const HAMPSHIRE = 'E10000014';
export const BUCKINGHAMSHIRE = 'E10000002';
export const TORBAY = 'E06000027';
export const ESSEX = 'E10000012';

export interface TestKey {
  principalId: string;
  keyId: string;
  key: string;
  role: Role;
  councilCode: string | null;
}

/** Creates a principal and an API key straight in the test database (the API's own way needs an admin). */
export async function createTestKey(
  databaseUrl: string,
  options: { role: Role; councilCode?: string | null; scopes?: Scope[]; expiresAt?: Date; name?: string },
): Promise<TestKey> {
  const councilCode = options.role === 'admin' || options.role === 'commissioner' ? null : (options.councilCode ?? HAMPSHIRE);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const principal = await client.query<{ id: string }>(
      `INSERT INTO principal (name, kind, role, council_code) VALUES ($1, 'person', $2, $3) RETURNING id`,
      [options.name ?? `${options.role} of ${councilCode ?? 'all councils'}`, options.role, councilCode],
    );
    const generated = generateApiKey();
    const apiKey = await client.query<{ id: string }>(
      `INSERT INTO api_key (principal_id, prefix, secret_hash, scopes, created_at, expires_at)
       VALUES ($1, $2, $3, $4, now() - interval '1 day', $5) RETURNING id`,
      [
        principal.rows[0].id,
        generated.prefix,
        hashApiKeySecret(generated.secret, TEST_API_KEY_PEPPER),
        options.scopes ?? [],
        options.expiresAt ?? null,
      ],
    );
    return { principalId: principal.rows[0].id, keyId: apiKey.rows[0].id, key: generated.key, role: options.role, councilCode };
  } finally {
    await client.end();
  }
}
