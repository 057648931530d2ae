import { createHash } from 'node:crypto';
import { access, chmod, chown, lstat, mkdir, readdir, readFile, readlink, rm, rmdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedDatabaseCannotRun } from './embedded-database-cannot-run.js';
import { canEnter, type ServerUser } from './postgres-server-user.js';
import { processIsAlive } from './process-alive.js';
import { SHARED_POSTGRES_FOLDER, sharedPostgresFolder } from './shared-postgres-folder.js';

/**
 * A cluster lives in the folder asked for, unless the server's user cannot reach it (as root,
 * a clone in root's home): then it lives in `/var/tmp/accord-postgres/clusters/<hash of the
 * folder's path>`, owned by that user, and the folder asked for is a link to it, so people
 * find it and removing the project's data reaches it. Beside each such cluster, `<hash>.json`
 * names the folder it belongs to and, for a temporary one, the process it lives and dies with.
 */
export const SHARED_CLUSTERS_FOLDER = path.join(SHARED_POSTGRES_FOLDER, 'clusters');

export interface ClusterFolder {
  /** The folder PostgreSQL runs on. */
  pgdata: string;
  /** It holds a cluster already (else initdb must make one). */
  initialised: boolean;
}

interface SharedClusterRecord {
  origin: string;
  /** Set for a temporary cluster: once this process has ended, any start may remove the cluster. */
  pid?: number;
}

/** Where the cluster for `dataDir` lives, made ready for the server's user (initdb still to run when not initialised). */
export async function prepareClusterFolder(dataDir: string, user: ServerUser, options: { temporary: boolean }): Promise<ClusterFolder> {
  const requested = path.resolve(dataDir);
  await mkdir(path.dirname(requested), { recursive: true });
  const place = await placeCluster(requested, user);
  if (place.kind === 'here') {
    if (await holdsCluster(requested)) return { pgdata: requested, initialised: true };
    await makeServerFolder(requested, user);
    return { pgdata: requested, initialised: false };
  }
  await removeAbandonedClusters();
  if (place.kind === 'linked' && (await holdsCluster(place.cluster))) return { pgdata: place.cluster, initialised: true };
  // A new cluster; or its link survived it (a cleaner of /var/tmp took it); or the link was removed
  // with the project's data and the old cluster waits here: each time, it starts afresh.
  const cluster = place.kind === 'linked' ? place.cluster : sharedClusterFor(requested);
  if (await serverRunsOn(cluster)) {
    throw new EmbeddedDatabaseCannotRun(
      `a PostgreSQL server still runs on ${cluster}, the cluster ${requested} linked to before it was removed: stop that server (its process id is in ${cluster}/postmaster.pid) and start again`,
    );
  }
  await removeSharedCluster(cluster);
  const record: SharedClusterRecord = { origin: requested, ...(options.temporary ? { pid: process.pid } : {}) };
  await writeFile(`${cluster}.json`, `${JSON.stringify(record)}\n`);
  if (place.kind === 'shared') await linkToCluster(requested, cluster);
  await makeServerFolder(cluster, user);
  return { pgdata: cluster, initialised: false };
}

/**
 * Checks, making no cluster, that one could be placed for `dataDir`: for `npm start` and
 * `npm test` to stop at once, in one line, when it could not.
 */
export async function checkClusterFolder(dataDir: string, user: ServerUser): Promise<void> {
  await placeCluster(path.resolve(dataDir), user);
}

/** Removes the cluster for `dataDir`, following its link to the shared folder. Stop its server first. */
export async function removeEmbeddedDatabaseFiles(dataDir: string): Promise<void> {
  const requested = path.resolve(dataDir);
  const linked = await linkedSharedCluster(requested);
  if (linked) await removeSharedCluster(linked);
  await rm(requested, { recursive: true, force: true });
}

type Place = { kind: 'here' } | { kind: 'linked'; cluster: string } | { kind: 'shared' };

async function placeCluster(requested: string, user: ServerUser): Promise<Place> {
  const linked = await linkedSharedCluster(requested);
  if (linked) {
    await sharedPostgresFolder('clusters');
    return { kind: 'linked', cluster: linked };
  }
  if (await holdsCluster(requested)) {
    if (await canEnter(user, requested)) return { kind: 'here' };
    throw new EmbeddedDatabaseCannotRun(
      `the PostgreSQL cluster in ${requested} is where the "${user.name}" user cannot reach it: let other users enter the folders above it, ` +
        'or delete it to start afresh (a new cluster is then kept where that user can reach it)',
    );
  }
  let nearest = path.dirname(requested);
  while (!(await exists(nearest))) nearest = path.dirname(nearest);
  if (await canEnter(user, nearest)) return { kind: 'here' };
  await sharedPostgresFolder('clusters');
  return { kind: 'shared' };
}

function sharedClusterFor(requested: string): string {
  return path.join(SHARED_CLUSTERS_FOLDER, createHash('sha256').update(requested).digest('hex').slice(0, 24));
}

async function linkedSharedCluster(requested: string): Promise<string | undefined> {
  const found = await lstat(requested).catch(() => undefined);
  if (!found?.isSymbolicLink()) return undefined;
  const target = path.resolve(path.dirname(requested), await readlink(requested));
  return path.dirname(target) === SHARED_CLUSTERS_FOLDER ? target : undefined;
}

async function linkToCluster(requested: string, cluster: string): Promise<void> {
  await rmdir(requested).catch(() => undefined); // an empty folder made in its place
  await symlink(cluster, requested).catch((error: NodeJS.ErrnoException) => {
    throw new EmbeddedDatabaseCannotRun(
      `could not link ${requested} to its cluster ${cluster} (${error.code}): remove ${requested} and start again`,
    );
  });
}

/** Temporary clusters whose process ended without removing them (a test run stopped half-way). */
async function removeAbandonedClusters(): Promise<void> {
  for (const name of await readdir(SHARED_CLUSTERS_FOLDER)) {
    if (!name.endsWith('.json')) continue;
    const cluster = path.join(SHARED_CLUSTERS_FOLDER, name.slice(0, -'.json'.length));
    const record = await readFile(`${cluster}.json`, 'utf8')
      .then((text) => JSON.parse(text) as SharedClusterRecord)
      .catch(() => undefined);
    if (record?.pid === undefined || processIsAlive(record.pid) || (await serverRunsOn(cluster))) continue;
    await removeSharedCluster(cluster);
  }
}

async function removeSharedCluster(cluster: string): Promise<void> {
  await rm(cluster, { recursive: true, force: true });
  await rm(`${cluster}.json`, { force: true });
}

async function serverRunsOn(cluster: string): Promise<boolean> {
  const lock = await readFile(path.join(cluster, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(lock.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && processIsAlive(pid);
}

/** PostgreSQL's own folder: its user's, closed to others, as initdb wants it. */
async function makeServerFolder(folder: string, user: ServerUser): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  if (user.ids) await chown(folder, user.ids.uid, user.ids.gid);
  await chmod(folder, 0o700);
}

function holdsCluster(folder: string): Promise<boolean> {
  return exists(path.join(folder, 'PG_VERSION'));
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
