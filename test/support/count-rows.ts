import pg from 'pg';

/** The number a `SELECT count(*)::int AS n …` answers, read in the test database at `databaseUrl`. */
export async function countRows(databaseUrl: string, sql: string, parameters: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(sql, parameters)).rows[0].n;
  } finally {
    await client.end();
  }
}
