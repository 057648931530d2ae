import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The workflow code for the worker: a prebuilt bundle when one is configured (production),
 * else the workflows entry point beside this file, as TypeScript source (tests) or as the
 * compiled JavaScript (dist).
 */
export function workflowSource(bundlePath?: string): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  if (bundlePath) return { workflowBundle: { codePath: bundlePath } };
  for (const extension of ['ts', 'js']) {
    const candidate = fileURLToPath(new URL(`../../../libs/workflows/src/workflows.${extension}`, import.meta.url));
    if (existsSync(candidate)) return { workflowsPath: candidate };
  }
  throw new Error('workflow code not found: build the project (npm run build) or set WORKFLOW_BUNDLE_PATH');
}
