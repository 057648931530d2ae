import * as client from 'openid-client';

/** Cookies by name, as a browser would keep them for one site (paths ignored: extra cookies are harmless here). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()];
      const expired = attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface SignInOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** The development provider's account id of the person to pick on its sign-in page. */
  accountId: string;
}

export interface SignedIn {
  accessToken: string;
  idToken?: string;
  /** Every URL the browser visited, for a failing test to show. */
  visited: string[];
}

/**
 * Signs a person in as a browser would: the authorisation-code flow with PKCE (openid-client),
 * following the provider's redirects with a cookie jar, picking the person on its sign-in page,
 * and exchanging the code that comes back for tokens.
 */
export async function signInThroughProvider(options: SignInOptions): Promise<SignedIn> {
  const config = await client.discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined, {
    execute: [client.allowInsecureRequests],
  });
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: options.redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
  });
  const { location, visited } = await pickPersonAt(authorizationUrl, options.accountId, (url) => url.href.startsWith(options.redirectUri));
  const tokens = await client.authorizationCodeGrant(config, location, { pkceCodeVerifier: codeVerifier, expectedState: state });
  return { accessToken: tokens.access_token, idToken: tokens.id_token, visited };
}

/**
 * Signs in at the development provider's own sign-in page (what `npm start` prints) and reads the
 * access token it shows.
 */
export async function signInAtDevelopmentPage(signInUrl: string, accountId: string): Promise<string> {
  const { page, visited } = await pickPersonAt(new URL(signInUrl), accountId, () => false);
  const token = /<textarea[^>]*>([^<]+)<\/textarea>/.exec(page)?.[1];
  if (!token) throw new Error(`no access token on the page after ${visited.join(' -> ')}: ${page.slice(0, 500)}`);
  return token;
}

/**
 * Follows redirects from `start` as a browser would, with a cookie jar, and picks the person on
 * the provider's sign-in page; stops at a redirect `isDestination` accepts, or at the page after
 * the sign-in.
 */
async function pickPersonAt(
  start: URL,
  accountId: string,
  isDestination: (url: URL) => boolean,
): Promise<{ location: URL; page: string; visited: string[] }> {
  const jar = new CookieJar();
  const visited: string[] = [];
  let picked = false;
  let next: { url: URL; method: 'GET' | 'POST'; body?: string } = { url: start, method: 'GET' };
  for (let hop = 0; hop < 12; hop += 1) {
    visited.push(`${next.method} ${next.url.href}`);
    const response = await fetch(next.url, {
      method: next.method,
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(next.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: next.body,
    });
    jar.store(response);
    const location = response.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (isDestination(target)) return { location: target, page: '', visited };
      next = { url: target, method: 'GET' };
      continue;
    }
    const page = await response.text();
    if (picked && response.ok) return { location: next.url, page, visited };
    const form = /<form method="post" action="([^"]+)"/.exec(page);
    if (!response.ok || !form || !page.includes(`value="${accountId}"`)) {
      throw new Error(
        `the sign-in stopped at ${next.url.href} (${response.status}): ${page.slice(0, 500)}; visited ${visited.join(' -> ')}`,
      );
    }
    picked = true;
    next = { url: new URL(form[1], next.url), method: 'POST', body: new URLSearchParams({ accountId }).toString() };
  }
  throw new Error(`the sign-in did not finish; visited ${visited.join(' -> ')}`);
}
