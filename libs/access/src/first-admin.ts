import pg from 'pg';
import { generateApiKey, hashApiKeySecret } from './api-key-secret.js';

export interface FirstAdmin {
  principalId: string;
  key: string;
}

/**
 * On a fresh install nobody can call the API, so the first admin and key are made here,
 * outside it. Does nothing (returns undefined) once any principal exists; a lock makes two
 * starts at once create one admin.
 */
export async function createFirstAdminIfNone(
  databaseUrl: string,
  pepper: string,
  name = 'First administrator',
): Promise<FirstAdmin | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE principal IN EXCLUSIVE MODE');
    const existing = await client.query('SELECT 1 FROM principal LIMIT 1');
    if (existing.rowCount) {
      await client.query('ROLLBACK');
      return undefined;
    }
    const admin = await issueAdmin(client, name, pepper);
    await client.query('COMMIT');
    return admin;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Creates another admin and key unconditionally (lost first key, break-glass access). */
export async function createAdmin(databaseUrl: string, pepper: string, name: string): Promise<FirstAdmin> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const admin = await issueAdmin(client, name, pepper);
    await client.query('COMMIT');
    return admin;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function issueAdmin(client: pg.Client, name: string, pepper: string): Promise<FirstAdmin> {
  const principal = await client.query<{ id: string }>(
    `INSERT INTO principal (name, kind, role, council_code) VALUES ($1, 'person', 'admin', NULL) RETURNING id`,
    [name],
  );
  const principalId = principal.rows[0].id;
  const generated = generateApiKey();
  const apiKey = await client.query<{ id: string }>(
    `INSERT INTO api_key (principal_id, prefix, secret_hash) VALUES ($1, $2, $3) RETURNING id`,
    [principalId, generated.prefix, hashApiKeySecret(generated.secret, pepper)],
  );
  await client.query(
    `INSERT INTO audit_event (actor_name, action, target_type, target_id, after)
     VALUES ('Accord installer', 'api_key.issued', 'api_key', $1, $2)`,
    [apiKey.rows[0].id, JSON.stringify({ principalId, prefix: generated.prefix, role: 'admin' })],
  );
  return { principalId, key: generated.key };
}
