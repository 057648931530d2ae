// Stops `npm start` and `npm test` with one line, before minutes of building, when the embedded
// PostgreSQL cannot run here (see libs/local-stack/src/embedded-database-cannot-run.ts); as root,
// makes on the way what it needs: the `postgres` user, the binaries' copy it can reach.
// Usage: tsx scripts/check-embedded-postgres.ts <data folder>
import path from 'node:path';
import { checkEmbeddedDatabaseCanRun, EmbeddedDatabaseCannotRun } from '#local-stack';

const dataDir = path.resolve(import.meta.dirname, '..', process.argv[2] ?? '.data', 'postgres');
try {
  await checkEmbeddedDatabaseCanRun(dataDir, (line) => console.log(`accord: ${line}`));
} catch (error) {
  if (!(error instanceof EmbeddedDatabaseCannotRun)) throw error;
  console.error(`accord: ${error.message}`);
  process.exit(1);
}
