import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import type { WebConfiguration } from '#configuration';
import type { PendingSignIn, PersonTokens } from '../session/web-session.js';
import { WEB_CONFIGURATION } from '../web-configuration.token.js';

/** The provider cannot be reached (discovery, token or refresh request): a 503 page, not a 500. */
export class IdentityProviderUnavailable extends Error {}

/** The provider answered, but the sign-in cannot finish (state, nonce or code refused, or the person cancelled). */
export class SignInFailed extends Error {}

/**
 * Accord's web pages as a client of the council's OpenID Connect provider (openid-client): the
 * authorisation-code flow with PKCE, state and nonce; refreshing an access token; and the
 * provider's end-session URL for signing out.
 */
@Injectable()
export class IdentityProvider {
  private discovered?: Promise<oidc.Configuration>;

  constructor(@Inject(WEB_CONFIGURATION) private readonly config: WebConfiguration) {}

  get callbackUrl(): string {
    return `${this.config.publicUrl}/auth/callback`;
  }

  get signedOutUrl(): string {
    return `${this.config.publicUrl}/signed-out`;
  }

  async startSignIn(returnTo: string): Promise<{ url: URL; pending: PendingSignIn }> {
    const configuration = await this.configuration();
    const pending: PendingSignIn = {
      codeVerifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      returnTo,
    };
    const scope = ['openid', 'email', 'profile', 'offline_access', this.config.identity.apiScope].filter(Boolean).join(' ');
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.callbackUrl,
      scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /** Checks the callback against the pending sign-in and exchanges its code for tokens. */
  async finishSignIn(callback: URL, pending: PendingSignIn): Promise<PersonTokens> {
    const configuration = await this.configuration();
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      return tokensOf(tokens);
    } catch (error) {
      throw this.failure(error, SignInFailed);
    }
  }

  /** New tokens from the refresh token, or undefined when the provider refuses it (the person signs in again). */
  async refresh(tokens: PersonTokens): Promise<PersonTokens | undefined> {
    if (!tokens.refreshToken) return undefined;
    const configuration = await this.configuration();
    try {
      const refreshed = tokensOf(await oidc.refreshTokenGrant(configuration, tokens.refreshToken));
      return { ...refreshed, refreshToken: refreshed.refreshToken ?? tokens.refreshToken, idToken: refreshed.idToken ?? tokens.idToken };
    } catch (error) {
      if (error instanceof oidc.ResponseBodyError) return undefined;
      throw this.failure(error, IdentityProviderUnavailable);
    }
  }

  /** Where to send the browser to end the provider's session too; back to /signed-out afterwards. */
  async signOutUrl(idToken: string | undefined): Promise<string> {
    const configuration = await this.configuration().catch(() => undefined);
    if (!configuration?.serverMetadata().end_session_endpoint) return this.signedOutUrl;
    return oidc
      .buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: this.signedOutUrl,
        ...(idToken ? { id_token_hint: idToken } : { client_id: this.config.identity.clientId }),
      })
      .toString();
  }

  private configuration(): Promise<oidc.Configuration> {
    const { issuerUrl, clientId, clientSecret } = this.config.identity;
    // Plain http only reaches a provider on this machine: the configuration refuses it elsewhere.
    const options = issuerUrl.startsWith('http://') ? { execute: [oidc.allowInsecureRequests] } : undefined;
    this.discovered ??= oidc.discovery(new URL(issuerUrl), clientId, clientSecret, clientSecret ? undefined : oidc.None(), options);
    return this.discovered.catch((error: unknown) => {
      // Forget a failed discovery, so the next request tries again.
      this.discovered = undefined;
      throw new IdentityProviderUnavailable(`cannot discover the identity provider at ${issuerUrl}: ${(error as Error).message}`);
    });
  }

  private failure(error: unknown, kind: new (message: string) => Error): Error {
    // fetch() fails with a TypeError when the provider does not answer at all.
    if (error instanceof TypeError) return new IdentityProviderUnavailable(`the identity provider did not answer: ${error.message}`);
    if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError) {
      return new kind(error.error_description ?? error.error);
    }
    return new kind((error as Error).message);
  }
}

/** A token is renewed this long before it expires: 30 s, or a third of its life when that is shorter. */
const RENEWAL_MARGIN_MS = 30_000;

function tokensOf(tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): PersonTokens {
  const lifetimeMs = (tokens.expiresIn() ?? 300) * 1000;
  const now = Date.now();
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token,
    expiresAt: now + lifetimeMs,
    renewAt: now + lifetimeMs - Math.min(RENEWAL_MARGIN_MS, lifetimeMs / 3),
  };
}
