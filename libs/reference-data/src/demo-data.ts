import pg from 'pg';
import { seedDemoStory } from './demo-story.js';
import { seedDemoWorkforce } from './demo-workforce.js';
import { seedReferenceCouncils } from './seed-councils.js';

/**
 * Loads the demo data on a fresh database, once: the first start finds no council and loads
 * them in one transaction; every later start (or a second start racing the first) sees them
 * and loads nothing.
 */
export async function loadDemoDataIfEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE council IN EXCLUSIVE MODE');
    const existing = await client.query('SELECT 1 FROM council LIMIT 1');
    if (existing.rowCount) {
      await client.query('ROLLBACK');
      return false;
    }
    const councils = await seedReferenceCouncils(client);
    const staff = await seedDemoWorkforce(client);
    const story = await seedDemoStory(client);
    await client.query(
      `INSERT INTO audit_event (actor_name, action, target_type, target_id, after) VALUES ('Accord installer', 'demo_data.loaded', 'installation', 'demo', $1)`,
      [JSON.stringify({ councils, staff, ...story })],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
