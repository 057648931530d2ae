// One-shot migration job for the production-like stack: applies pending migrations as the
// schema's owner (DATABASE_OWNER_URL), then gives the application's role (DATABASE_URL, created
// when missing) its privileges: every table but the audit trail, which it may only add to and read.
// Prints what it applied on one line; exits 1 with one line on failure.
import { loadMigrationConfiguration } from '../dist/libs/configuration/src/accord-configuration.js';
import { runMigrations } from '../dist/libs/persistence/src/migration-runner.js';

try {
  const { ownerUrl, applicationUrl } = loadMigrationConfiguration(process.env);
  const applied = await runMigrations({ url: ownerUrl }, { applicationUrl });
  const role = decodeURIComponent(new URL(applicationUrl).username);
  process.stdout.write(
    `accord-migrate: ${applied.length ? `applied ${applied.join(', ')}` : 'schema is up to date'}; privileges of role ${role} granted\n`,
  );
} catch (error) {
  process.stderr.write(`accord-migrate: ${String(error?.message ?? error).split('\n')[0]}\n`);
  process.exit(1);
}
