import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How each actor proved who they were: `api_key`, or `access_token <issuer>` for a person signed in through OIDC. */
export class AuditActorAuthentication1764000760000 implements MigrationInterface {
  name = 'AuditActorAuthentication1764000760000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE audit_event ADD COLUMN actor_authenticated_by text CONSTRAINT audit_event_actor_authenticated_by_length CHECK (char_length(actor_authenticated_by) <= 600)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE audit_event DROP COLUMN actor_authenticated_by');
  }
}
