import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web pages' sessions (express-session with connect-pg-simple), so every web replica knows
 * every signed-in person. The columns are the ones that store expects; it never creates the table.
 * A row holds the person's tokens, which never leave the server. Unlogged would lose every
 * session at a crash, signing everyone out, so it is an ordinary table.
 */
export class WebSessions1764000900000 implements MigrationInterface {
  name = 'WebSessions1764000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE web_session (
        sid varchar PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX web_session_expire_idx ON web_session (expire)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE web_session`);
  }
}
