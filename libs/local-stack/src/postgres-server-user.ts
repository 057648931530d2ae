import { execFile, spawn } from 'node:child_process';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';
import { EmbeddedDatabaseCannotRun } from './embedded-database-cannot-run.js';

const execFileAsync = promisify(execFile);

/** The user PostgreSQL's processes run as. */
export interface ServerUser {
  name: string;
  /** Set only when that user is not this process's own: the ids to spawn its processes with. */
  ids?: { uid: number; gid: number };
}

/** PostgreSQL refuses to run as root; as root, the embedded one runs as the `postgres` user. */
export function postgresRunsAsAnotherUser(): boolean {
  return userInfo().uid === 0;
}

/** This process's user, or as root the `postgres` user, made when the machine has none. */
export async function serverUser(): Promise<ServerUser> {
  if (!postgresRunsAsAnotherUser()) return { name: userInfo().username };
  const ids = (await idsOf('postgres')) ?? (await createPostgresUser());
  return { name: 'postgres', ids };
}

async function idsOf(name: string): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', name]), execFileAsync('id', ['-g', name])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}

async function createPostgresUser(): Promise<{ uid: number; gid: number }> {
  // Either may fail because another process made them a moment ago: the look-up below decides.
  await execFileAsync('groupadd', ['--system', 'postgres']).catch(() => undefined);
  await execFileAsync('useradd', ['--system', '--no-create-home', '--gid', 'postgres', 'postgres']).catch(() => undefined);
  const ids = await idsOf('postgres');
  if (!ids) {
    throw new EmbeddedDatabaseCannotRun(
      'the embedded PostgreSQL refuses to run as root and there is no "postgres" user to run it as, nor could one be made ' +
        '(groupadd/useradd): create that user, or run Accord as a user other than root',
    );
  }
  return ids;
}

/** True when `command` run as `user` exits with code 0; false when it fails or cannot even start. */
export function succeedsAs(user: ServerUser, command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...user.ids, stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

/**
 * True when `user` may enter `folder`: it exists and every folder on the way lets that user
 * through. Not asked of this process's own user, who makes the folders it runs in.
 */
export function canEnter(user: ServerUser, folder: string): Promise<boolean> {
  if (!user.ids) return Promise.resolve(true);
  return succeedsAs(user, '/bin/sh', ['-c', 'test -d "$1" && test -x "$1"', 'sh', folder]);
}
