/** Environment variables through which the global set-up hands the stack to test files. */
export const TEST_STACK_ENV = {
  /** Maintenance URL (database `postgres`) of the test PostgreSQL. */
  adminDatabaseUrl: 'ACCORD_TEST_ADMIN_DATABASE_URL',
  /** The application role's URL to the template; each test database is reached with its credentials. */
  applicationDatabaseUrl: 'ACCORD_TEST_APPLICATION_DATABASE_URL',
  /** Database with every migration applied, copied for each test file. */
  templateDatabase: 'ACCORD_TEST_TEMPLATE_DATABASE',
  temporalAddress: 'ACCORD_TEST_TEMPORAL_ADDRESS',
  workflowBundlePath: 'ACCORD_TEST_WORKFLOW_BUNDLE_PATH',
  temporalTestServer: 'ACCORD_TEST_TEMPORAL_TEST_SERVER',
} as const;

export function stackValue(key: keyof typeof TEST_STACK_ENV): string {
  const value = process.env[TEST_STACK_ENV[key]];
  if (!value) throw new Error(`${TEST_STACK_ENV[key]} is not set: run this test through jest so the global set-up starts the stack`);
  return value;
}
