import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** Variables a test file may have set for its in-process app; a spawned process must not inherit them. */
const APP_VARIABLES = [
  'DATABASE_URL',
  'DATABASE_POOL_MAX',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
  'WORKFLOW_BUNDLE_PATH',
  'PORT',
  'LOG_LEVEL',
  'OIDC_ISSUER_URL',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_AUDIENCE',
  'OIDC_API_SCOPE',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'ACCORD_API_URL',
  'WEB_PORT',
  'WEB_PUBLIC_URL',
  'WEB_SESSION_SECRET',
];

export function cleanEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of APP_VARIABLES) delete env[name];
  return { ...env, ...overrides };
}

export interface WatchedProcess {
  child: ChildProcess;
  output(): string;
  stderr(): string;
  /** Resolves when the combined output contains `text`; rejects if the process exits first or time runs out. */
  waitFor(text: string, timeoutMs: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startProcess(args: string[], env: NodeJS.ProcessEnv): WatchedProcess {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let all = '';
  let errors = '';
  const listeners = new Set<() => void>();
  const collect = (isError: boolean) => (chunk: Buffer) => {
    all += chunk.toString('utf8');
    if (isError) errors += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', collect(false));
  child.stderr?.on('data', collect(true));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (text: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (all.includes(text)) {
          cleanup();
          resolve();
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`"${text}" did not appear within ${timeoutMs} ms; output:\n${all.slice(-3000)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      void exited.then(({ code, signal }) => {
        if (!all.includes(text)) {
          cleanup();
          reject(new Error(`process exited (${signal ?? code}) before "${text}"; output:\n${all.slice(-3000)}`));
        }
      });
      listeners.add(check);
      check();
    });
  return { child, output: () => all, stderr: () => errors, waitFor, exited };
}
