// Stops `npm start` and `npm test` with one line, before minutes of building, when the embedded
// PostgreSQL could not run from this folder (see libs/local-stack/src/postgres-user-access.ts).
// Usage: tsx scripts/check-embedded-postgres.ts <data folder>
import path from 'node:path';
import { assertPostgresUserCanReach, EmbeddedDatabaseUnreachable } from '../libs/local-stack/src/postgres-user-access.js';

const dataDir = path.resolve(import.meta.dirname, '..', process.argv[2] ?? '.data', 'postgres');
try {
  await assertPostgresUserCanReach(dataDir);
} catch (error) {
  if (!(error instanceof EmbeddedDatabaseUnreachable)) throw error;
  console.error(`accord: ${error.message}`);
  process.exit(1);
}
