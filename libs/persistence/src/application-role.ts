import pg from 'pg';

/** The login role the API and worker connect as, from their `DATABASE_URL`. */
export interface ApplicationRole {
  name: string;
  password: string;
}

export function applicationRoleOf(applicationUrl: string): ApplicationRole {
  const url = new URL(applicationUrl);
  return { name: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

/**
 * Gives the application's role what the API and worker need and no more, in one transaction
 * run by the schema's owner after every migration (so tables added later are covered):
 * read and write every table, except that the audit trail and the event feed take only INSERT and
 * SELECT and the migration history only SELECT. Not owning the tables, the role cannot drop or disable the
 * audit trail's triggers either. Creates the role when it does not exist (the owner needs
 * CREATEROLE for that); an existing role's password and attributes are left alone.
 */
export async function grantApplicationPrivileges(ownerUrl: string, applicationUrl: string): Promise<void> {
  const role = applicationRoleOf(applicationUrl);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const [owner] = (
      await client.query<{ owner: string; database: string; schema: string }>(
        `SELECT current_user AS owner, current_database() AS database, current_schema() AS schema`,
      )
    ).rows;
    if (owner.owner === role.name) {
      throw new Error(
        `the application role (DATABASE_URL) and the owner (DATABASE_OWNER_URL) are both "${role.name}": the application must connect as a role of its own`,
      );
    }
    const existing = await client.query<{ rolsuper: boolean }>(`SELECT rolsuper FROM pg_roles WHERE rolname = $1`, [role.name]);
    const name = pg.escapeIdentifier(role.name);
    if (existing.rowCount === 0) {
      // CREATE ROLE takes no parameters; the password is quoted as a literal.
      await client.query(
        `CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${pg.escapeLiteral(role.password)}`,
      );
    } else if (existing.rows[0].rolsuper) {
      throw new Error(
        `the application role "${role.name}" is a superuser, which no privilege binds: give the application an ordinary role`,
      );
    }
    const schema = pg.escapeIdentifier(owner.schema);
    await client.query(`GRANT CONNECT ON DATABASE ${pg.escapeIdentifier(owner.database)} TO ${name}`);
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${name}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${name}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${name}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM ${name}`);
    // Published events are facts integrators have read: none is ever changed or withdrawn.
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON domain_event FROM ${name}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON schema_migration FROM ${name}`);
    // Grants to PUBLIC or membership of the owner's role would undo the above: refuse to leave it so.
    const exposure = await auditTrailExposure(client, role.name);
    if (exposure) throw new Error(`the application role "${role.name}" ${exposure}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Why a role (by default the connected one) could change or silence the audit trail, or null
 * when it cannot, or when there is no audit trail yet (before the first migration).
 */
export async function auditTrailExposure(client: pg.ClientBase, roleName?: string): Promise<string | null> {
  const { rows } = await client.query<{ rolsuper: boolean; owns: boolean; may: string[] }>(
    `SELECT r.rolsuper,
            pg_has_role(r.oid, c.relowner, 'MEMBER') AS owns,
            array_remove(ARRAY[
              CASE WHEN has_table_privilege(r.oid, c.oid, 'UPDATE') THEN 'UPDATE' END,
              CASE WHEN has_table_privilege(r.oid, c.oid, 'DELETE') THEN 'DELETE' END,
              CASE WHEN has_table_privilege(r.oid, c.oid, 'TRUNCATE') THEN 'TRUNCATE' END], NULL) AS may
     FROM pg_roles r CROSS JOIN pg_class c
     WHERE r.rolname = coalesce($1, current_user) AND c.oid = to_regclass('audit_event')`,
    [roleName ?? null],
  );
  const [role] = rows;
  if (!role) return null;
  if (role.rolsuper) return 'is a superuser, which no privilege binds';
  if (role.owns) return 'owns the audit_event table (or may act as its owner), so it could disable its triggers';
  if (role.may.length > 0) return `may ${role.may.join(', ')} the audit_event table`;
  return null;
}
