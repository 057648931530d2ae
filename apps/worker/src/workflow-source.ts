import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A module of libs/workflows beside this build: TypeScript source (tests) or compiled JavaScript (dist). */
function workflowsModule(name: string): string | undefined {
  for (const extension of ['ts', 'js']) {
    const candidate = fileURLToPath(new URL(`../../../libs/workflows/src/${name}.${extension}`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The workflow interceptors bundled with the workflow code: the trace context carried on to activities. */
export function workflowInterceptorModules(): string[] {
  const traceContext = workflowsModule('trace-context.interceptors');
  if (!traceContext) throw new Error('workflow interceptors not found: build the project (npm run build)');
  return [traceContext];
}

/**
 * The workflow code for the worker: a prebuilt bundle when one is configured (production),
 * else the workflows entry point beside this file with its interceptors, bundled as the
 * worker starts.
 */
export function workflowSource(
  bundlePath?: string,
): { workflowBundle: { codePath: string } } | { workflowsPath: string; interceptors: { workflowModules: string[] } } {
  if (bundlePath) return { workflowBundle: { codePath: bundlePath } };
  const workflowsPath = workflowsModule('workflows');
  if (!workflowsPath) throw new Error('workflow code not found: build the project (npm run build) or set WORKFLOW_BUNDLE_PATH');
  return { workflowsPath, interceptors: { workflowModules: workflowInterceptorModules() } };
}
