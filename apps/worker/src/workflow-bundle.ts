import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { workflowSource } from './workflow-source.js';

/**
 * Bundles the workflow code once (webpack), so workers start without bundling and every
 * replica runs byte-identical workflow code.
 */
export async function writeWorkflowBundle(outFile: string): Promise<string> {
  const source = workflowSource();
  if (!('workflowsPath' in source)) throw new Error('no workflow source to bundle');
  const { code } = await bundleWorkflowCode({
    workflowsPath: source.workflowsPath,
    workflowInterceptorModules: source.interceptors.workflowModules,
    logger: silentLogger,
  });
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, code);
  return outFile;
}

const ignore = (): void => undefined;
// webpack's statistics are noise at build time; errors still throw from bundleWorkflowCode.
const silentLogger = { log: ignore, trace: ignore, debug: ignore, info: ignore, warn: ignore, error: ignore };
