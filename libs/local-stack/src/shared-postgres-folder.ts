import { chmod, lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedDatabaseCannotRun } from './embedded-database-cannot-run.js';

/**
 * Where root keeps what the `postgres` user must reach when the project's own folder is closed
 * to it (a clone in root's home): a copy of the binaries and the clusters. Outside /tmp, which
 * some systems empty at each boot.
 */
export const SHARED_POSTGRES_FOLDER = '/var/tmp/accord-postgres';

/** The shared folder, or a folder below it, each level made when missing and checked as `ownFolderOpenToEnter` does. */
export async function sharedPostgresFolder(...below: string[]): Promise<string> {
  let folder = SHARED_POSTGRES_FOLDER;
  await ownFolderOpenToEnter(folder);
  for (const name of below) {
    folder = path.join(folder, name);
    await ownFolderOpenToEnter(folder);
  }
  return folder;
}

/**
 * Makes `folder` (its parent must exist) or checks the one there: /var/tmp is writable by every
 * user, so it must be a real folder of this process's user that nobody else may write (else
 * another user could swap the binaries the server runs), and others must be able to enter it.
 */
export async function ownFolderOpenToEnter(folder: string): Promise<void> {
  await mkdir(folder, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') {
      throw new EmbeddedDatabaseCannotRun(
        `the embedded PostgreSQL needs ${folder} for what the "postgres" user must reach, and it cannot be made (${error.code}): ` +
          'make /var/tmp writable for root, or put Accord in a folder other users may enter (e.g. clone it under /srv or /opt)',
      );
    }
  });
  const found = await lstat(folder);
  if (!found.isDirectory() || found.uid !== process.getuid?.() || (found.mode & 0o022) !== 0) {
    throw new EmbeddedDatabaseCannotRun(
      `${folder} is not a folder of this user that only it may write (owner uid ${found.uid}, mode ${(found.mode & 0o777).toString(8)}): ` +
        'the embedded PostgreSQL will not run what others could change; remove it and start again',
    );
  }
  // Whatever the umask: the postgres user must pass through.
  if ((found.mode & 0o777) !== 0o755) await chmod(folder, 0o755);
}
