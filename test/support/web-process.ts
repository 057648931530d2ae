import getPort from 'get-port';
import path from 'node:path';
import { cleanEnv, projectRoot, startProcess, type WatchedProcess } from './child-process.js';

export const WEB_MAIN = path.join(projectRoot, 'dist', 'apps', 'web', 'src', 'main.js');
/** The session secret of every test web process: replicas share it, as a deployment's do. */
export const TEST_WEB_SESSION_SECRET = 'test-web-session-secret-that-is-long-enough';

export interface WebProcess extends WatchedProcess {
  /** Where the test's browser reaches it: `http://localhost:<port>` (the provider is at 127.0.0.1, so their cookies stay apart). */
  url: string;
  port: number;
}

export interface WebEnvironment {
  DATABASE_URL: string;
  ACCORD_API_URL: string;
  OIDC_ISSUER_URL: string;
  OIDC_CLIENT_ID: string;
  OIDC_CLIENT_SECRET?: string;
  /** A port chosen beforehand, so the provider can know the callback before the process starts. */
  port?: number;
}

/** The callback and post-logout addresses a web process on `port` uses, for the provider's client. */
export function webClientUris(port: number): { redirectUris: string[]; postLogoutRedirectUris: string[] } {
  return { redirectUris: [`http://localhost:${port}/auth/callback`], postLogoutRedirectUris: [`http://localhost:${port}/signed-out`] };
}

/**
 * The built web pages (`npm run build` first) as a real process on a free port, against the given
 * database (its sessions), API and provider; resolves once it listens.
 */
export async function startWebProcess(environment: WebEnvironment): Promise<WebProcess> {
  const { port: chosen, ...variables } = environment;
  const port = chosen ?? (await getPort());
  const web = startProcess(
    [WEB_MAIN],
    cleanEnv({
      WEB_SESSION_SECRET: TEST_WEB_SESSION_SECRET,
      ...variables,
      WEB_PORT: String(port),
      WEB_PUBLIC_URL: `http://localhost:${port}`,
    }),
  );
  await web.waitFor('Nest application successfully started', 60_000);
  return { ...web, url: `http://localhost:${port}`, port };
}
