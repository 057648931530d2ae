import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API process keeps the principals of recently seen credentials for a few seconds
 * (apps/api/src/auth/credential-cache.ts). A change that could refuse or reshape a credential
 * (a key revoked, expired, re-scoped or deleted; a principal disabled, re-roled, renamed or
 * re-bound) NOTIFYs `accord_credentials` when it commits, and every process that LISTENs drops
 * what it holds, so a revocation takes effect at once on every replica whichever code made it.
 * The bookkeeping columns written by authentication itself (`last_used_at`,
 * `last_signed_in_at`) notify nothing, or each sign-in would empty every cache.
 */
export class CredentialChangeNotifications1764001060000 implements MigrationInterface {
  name = 'CredentialChangeNotifications1764001060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_credential_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('accord_credentials', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const [table, bookkeeping] of [
      ['api_key', 'last_used_at'],
      ['principal', 'last_signed_in_at'],
    ]) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_changed AFTER UPDATE ON ${table} FOR EACH ROW
        WHEN ((to_jsonb(OLD) - '${bookkeeping}') IS DISTINCT FROM (to_jsonb(NEW) - '${bookkeeping}'))
        EXECUTE FUNCTION notify_credential_change()`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_removed AFTER DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT
        EXECUTE FUNCTION notify_credential_change()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['api_key', 'principal']) {
      await queryRunner.query(`DROP TRIGGER ${table}_changed ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_removed ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION notify_credential_change()`);
  }
}
