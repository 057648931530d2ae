// One-shot migration job for the production-like stack: applies pending migrations to
// DATABASE_URL, prints what it applied on one line, exits 1 with one line on failure.
import { runMigrations } from '../dist/libs/persistence/src/migration-runner.js';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('accord-migrate: DATABASE_URL is required\n');
  process.exit(1);
}
try {
  const applied = await runMigrations({ url });
  process.stdout.write(`accord-migrate: ${applied.length ? `applied ${applied.join(', ')}` : 'schema is up to date'}\n`);
} catch (error) {
  process.stderr.write(`accord-migrate: ${String(error?.message ?? error).split('\n')[0]}\n`);
  process.exit(1);
}
