import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { DevelopmentPerson } from './development-person.js';
import { signInPage } from './development-sign-in-page.js';
import { DevelopmentTokenPage, TOKEN_PAGE_CLIENT_ID } from './development-token-page.js';

export interface DevelopmentClient {
  clientId: string;
  /** Omitted for a public client (a browser page using PKCE alone, such as Swagger UI). */
  clientSecret?: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface DevelopmentIdentityProviderOptions {
  port: number;
  people: readonly DevelopmentPerson[];
  clients: readonly DevelopmentClient[];
  /** The `aud` of the access tokens it issues: the API's OIDC_AUDIENCE. */
  audience: string;
  /** Signing keys (private JWKs); generated when omitted, so tokens die with the process. */
  signingKeys?: JWK[];
  accessTokenTtlSeconds?: number;
  /** Where the token page sends people to use their token (the API's /docs). */
  apiDocsUrl?: string;
}

/** The one resource scope the API's access tokens carry. */
export const ACCORD_API_SCOPE = 'accord';

/**
 * An OpenID Connect provider for development and tests (the certified `oidc-provider`), so
 * `npm start` signs people in as a council's provider would, without one: a page lists the demo
 * people and whoever is picked is signed in. Access tokens are JWTs for the API's audience,
 * carrying the person's verified email. It refuses to run in production.
 */
export class DevelopmentIdentityProvider {
  private server?: Server;

  constructor(private readonly options: DevelopmentIdentityProviderOptions) {}

  get issuer(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  /** Where a person signs in and is shown an access token (until Accord has its own pages). */
  get signInUrl(): string {
    return `${this.issuer}/sign-in`;
  }

  async start(): Promise<void> {
    if (process.env.NODE_ENV === 'production') {
      throw new Error('the development identity provider does not run with NODE_ENV=production: set OIDC_ISSUER_URL to your own provider');
    }
    const tokenPage = new DevelopmentTokenPage(this.issuer, this.options.apiDocsUrl);
    const provider = new Provider(this.issuer, await this.configuration(tokenPage.redirectUri));
    const handleProtocol = provider.callback();
    this.server = createServer((request, response) => {
      const { pathname } = new URL(request.url ?? '/', this.issuer);
      const page = /^\/interaction\/[\w-]+$/.test(pathname)
        ? this.signIn(provider, request, response)
        : tokenPage.handles(pathname)
          ? tokenPage.serve(request, response)
          : undefined;
      if (!page) return void handleProtocol(request, response);
      page.catch((error: unknown) => {
        response.statusCode = 400;
        response.setHeader('content-type', 'text/plain; charset=utf-8');
        response.end(`sign-in failed: ${(error as Error).message}`);
      });
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The sign-in page (GET) and the choice of person (POST) of one authorisation request. */
  private async signIn(provider: Provider, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (request.method === 'POST') {
      const accountId = new URLSearchParams(await bodyOf(request)).get('accountId');
      if (!this.options.people.some((person) => person.accountId === accountId)) throw new Error('pick one of the people listed');
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId: accountId as string } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    response.end(signInPage(details.uid, details.params.client_id as string, this.options.people));
  }

  private async configuration(tokenPageRedirectUri: string): Promise<Configuration> {
    const { people, audience } = this.options;
    const personOf = (accountId: string) => people.find((person) => person.accountId === accountId);
    return {
      clients: [...this.options.clients, { clientId: TOKEN_PAGE_CLIENT_ID, redirectUris: [tokenPageRedirectUri] }].map((client) => ({
        client_id: client.clientId,
        ...(client.clientSecret ? { client_secret: client.clientSecret } : { token_endpoint_auth_method: 'none' }),
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      })),
      jwks: { keys: this.options.signingKeys ?? [await signingKey()] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      scopes: ['openid', 'email', 'profile', 'offline_access', ACCORD_API_SCOPE],
      pkce: { required: () => true },
      findAccount: (_ctx, accountId) => {
        const person = personOf(accountId);
        return person
          ? { accountId, claims: () => ({ sub: accountId, email: person.email, email_verified: true, name: person.name }) }
          : undefined;
      },
      // Access tokens carry who the person is, as Entra ID's do with the optional email claim.
      extraTokenClaims: (_ctx, token) => {
        const person = token.kind === 'AccessToken' && token.accountId ? personOf(token.accountId) : undefined;
        return person ? { email: person.email, email_verified: true, name: person.name } : undefined;
      },
      // A refresh token for every client that may use one, as Entra ID gives one for offline_access
      // without a consent prompt (oidc-provider otherwise drops offline_access unless prompt=consent).
      issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
      // Accord is the provider's own application: no consent screen.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const { oidc } = ctx;
        if (!oidc.client || !oidc.session?.accountId) return undefined;
        const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
        if (grantId) return oidc.provider.Grant.find(grantId);
        const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
        grant.addOIDCScope('openid email profile offline_access');
        grant.addResourceScope(audience, ACCORD_API_SCOPE);
        await grant.save();
        return grant;
      },
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => audience,
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx, resourceIndicator) => {
            if (resourceIndicator !== audience) throw new errors.InvalidTarget();
            return {
              scope: ACCORD_API_SCOPE,
              audience,
              accessTokenTTL: this.options.accessTokenTtlSeconds ?? 3600,
              accessTokenFormat: 'jwt',
              jwt: { sign: { alg: 'RS256' } },
            };
          },
        },
      },
      ttl: {
        AccessToken: this.options.accessTokenTtlSeconds ?? 3600,
        IdToken: 3600,
        Session: 8 * 3600,
        Interaction: 3600,
        Grant: 8 * 3600,
        RefreshToken: 8 * 3600,
      },
    };
  }
}

/** A fresh RS256 signing key as a private JWK. */
export async function signingKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: randomBytes(8).toString('base64url') };
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > 10_000) throw new Error('the form is too large');
  }
  return body;
}
