import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People sign in through an OpenID Connect provider. An admin invites a person by email; their
 * first sign-in with that verified email binds the provider's (issuer, subject) to the principal,
 * and from then on the subject alone finds them. Service accounts never sign in.
 */
export class PersonIdentity1764000750000 implements MigrationInterface {
  name = 'PersonIdentity1764000750000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE principal
        ADD COLUMN email text
          CONSTRAINT principal_email_format CHECK (char_length(email) <= 320 AND email ~ '^[^@\\s]+@[^@\\s]+$')
          -- Kept in lower case, so one unique constraint refuses the same address spelt twice.
          CONSTRAINT principal_email_lower_case CHECK (email = lower(email))
          CONSTRAINT principal_email_unique UNIQUE,
        ADD COLUMN issuer text CONSTRAINT principal_issuer_length CHECK (char_length(issuer) BETWEEN 1 AND 500),
        ADD COLUMN subject text CONSTRAINT principal_subject_length CHECK (char_length(subject) BETWEEN 1 AND 255),
        ADD COLUMN last_signed_in_at timestamptz,
        ADD CONSTRAINT principal_issuer_with_subject CHECK ((issuer IS NULL) = (subject IS NULL)),
        ADD CONSTRAINT principal_subject_unique UNIQUE (issuer, subject),
        ADD CONSTRAINT principal_only_people_sign_in CHECK (kind = 'person' OR (email IS NULL AND subject IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE principal
        DROP CONSTRAINT principal_only_people_sign_in,
        DROP CONSTRAINT principal_subject_unique,
        DROP CONSTRAINT principal_issuer_with_subject,
        DROP COLUMN last_signed_in_at,
        DROP COLUMN subject,
        DROP COLUMN issuer,
        DROP COLUMN email`);
  }
}
