import { execFile } from 'node:child_process';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Why a tool's virtualenv could not be made: python3 (with venv) is missing, or pip failed. */
export class PythonToolInstallFailed extends Error {
  constructor(
    message: string,
    readonly reason: 'no_python_venv' | 'pip_failed',
  ) {
    super(message);
  }
}

/**
 * Installs pinned PyPI packages into the project-local virtualenv `<toolsDir>/<name>`. It is
 * built beside its final place and renamed in, so a run interrupted half-way, or two runs at
 * once, never leave a broken folder that later runs would trust.
 */
export async function installPythonTool(
  toolsDir: string,
  name: string,
  requirements: readonly string[],
  log: (line: string) => void,
): Promise<string> {
  const venv = path.join(toolsDir, name);
  const staging = `${venv}.installing-${process.pid}`;
  log(`installing ${requirements.join(' and ')} from PyPI into ${path.relative(process.cwd(), venv) || venv}`);
  await mkdir(toolsDir, { recursive: true });
  await rm(staging, { recursive: true, force: true });
  try {
    await run('python3', ['-m', 'venv', staging]);
  } catch (error) {
    throw new PythonToolInstallFailed(`python3 -m venv failed: ${(error as Error).message.split('\n')[0]}`, 'no_python_venv');
  }
  try {
    await run(path.join(staging, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', ...requirements], {
      maxBuffer: 16 * 1024 * 1024,
    });
    await rename(staging, venv).catch(async (error: NodeJS.ErrnoException) => {
      // Another run finished first; its copy is as good as ours.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      await rm(staging, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new PythonToolInstallFailed((error as Error).message.split('\n')[0], 'pip_failed');
  }
  return venv;
}
