// Prints a new admin API key for a deployment: `node dist/apps/api/src/cli/create-admin-key.js "Name"`.
// Reads DATABASE_URL and API_KEY_PEPPER like the API. The key is printed once and stored only hashed.
import { createAdmin } from '#access';
import { loadConfiguration } from '#configuration';

try {
  const config = loadConfiguration();
  if (!config.security.apiKeyPepper) throw new Error('API_KEY_PEPPER is required');
  const admin = await createAdmin(config.database.url, config.security.apiKeyPepper, process.argv[2] ?? 'Administrator');
  process.stdout.write(`${admin.key}\n`);
} catch (error) {
  process.stderr.write(`accord: ${(error as Error).message.split('\n')[0]}\n`);
  process.exit(1);
}
