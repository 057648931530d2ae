import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const TOKEN_PAGE_CLIENT_ID = 'accord-development-sign-in';

const escape = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Until Accord's web pages exist, a person signs in here and gets an access token to use in the
 * API docs (Authorize) or with curl: `/sign-in` starts the authorisation-code flow with PKCE as
 * a public client of the provider itself, and `/sign-in/done` exchanges the code and shows the token.
 */
export class DevelopmentTokenPage {
  /** PKCE verifiers of sign-ins in progress, by state; a few minutes' worth at most. */
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly issuer: string,
    private readonly apiDocsUrl: string | undefined,
  ) {}

  get redirectUri(): string {
    return `${this.issuer}/sign-in/done`;
  }

  handles(pathname: string): boolean {
    return pathname === '/sign-in' || pathname === '/sign-in/done';
  }

  async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.issuer);
    if (url.pathname === '/sign-in') return this.start(response);
    const state = url.searchParams.get('state') ?? '';
    const verifier = this.pending.get(state);
    this.pending.delete(state);
    const code = url.searchParams.get('code');
    if (!verifier || !code)
      throw new Error(`start again at ${this.issuer}/sign-in (${url.searchParams.get('error_description') ?? 'unknown sign-in'})`);
    const exchanged = await fetch(`${this.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: this.redirectUri,
        code_verifier: verifier,
        client_id: TOKEN_PAGE_CLIENT_ID,
      }),
    });
    const tokens = (await exchanged.json()) as { access_token?: string; expires_in?: number; error_description?: string };
    if (!tokens.access_token) throw new Error(tokens.error_description ?? `the token endpoint answered ${exchanged.status}`);
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    response.end(this.tokenPage(tokens.access_token, tokens.expires_in ?? 0));
  }

  private start(response: ServerResponse): void {
    const state = randomBytes(16).toString('base64url');
    const verifier = randomBytes(32).toString('base64url');
    if (this.pending.size > 100) this.pending.clear();
    this.pending.set(state, verifier);
    const authorize = new URL(`${this.issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: TOKEN_PAGE_CLIENT_ID,
      response_type: 'code',
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      state,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      prompt: 'login',
    }).toString();
    response.statusCode = 303;
    response.setHeader('location', authorize.href);
    response.end();
  }

  private tokenPage(accessToken: string, expiresIn: number): string {
    const docs = this.apiDocsUrl
      ? `<p>In the <a href="${escape(this.apiDocsUrl)}">API docs</a>, press <strong>Authorize</strong> and paste it as the bearer token.</p>`
      : '';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signed in to Accord (development)</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}textarea{width:100%;height:9rem;font-family:monospace}</style></head>
<body><h1>Signed in</h1>
<p>Your access token for the Accord API (valid for ${Math.round(expiresIn / 60)} minutes):</p>
<textarea readonly onclick="this.select()">${escape(accessToken)}</textarea>
${docs}
<p>Or: <code>curl -H "Authorization: Bearer &lt;token&gt;" ${escape(this.apiDocsUrl?.replace(/\/docs$/, '') ?? '')}/api/v1/me</code></p>
<p><a href="/sign-in">Sign in as someone else</a></p>
</body></html>
`;
  }
}
