import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { IdentityProviderUnreachable, RefusedToken } from './refused-token.js';
import { verifiedEmailOf, type VerifiedIdentity } from './verified-identity.js';

/** Asymmetric only: an HMAC algorithm would let anyone holding the (public) key mint tokens. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256', 'PS256'] as const;
/** How far the provider's clock may be from ours when reading exp and nbf. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export interface AccessTokenVerifierOptions {
  issuerUrl: string;
  audience: string;
}

/**
 * Checks OpenID Connect access tokens (JWTs) from one issuer: signature against the issuer's
 * published keys, algorithm, issuer, audience and time window. The keys are found through the
 * issuer's discovery document once, then cached by jose, which fetches them again when a token
 * names a key id it has not seen (the provider rotated its keys), at most once every 30 s.
 */
export class AccessTokenVerifier {
  private keys?: Promise<JWTVerifyGetKey>;

  constructor(private readonly options: AccessTokenVerifierOptions) {}

  get issuer(): string {
    return this.options.issuerUrl;
  }

  async verify(token: string): Promise<VerifiedIdentity> {
    const keys = await this.signingKeys();
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: [...ACCEPTED_ALGORITHMS],
        issuer: this.options.issuerUrl,
        audience: this.options.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      });
      return {
        issuer: this.options.issuerUrl,
        subject: payload.sub as string,
        verifiedEmail: verifiedEmailOf(payload),
        name: typeof payload.name === 'string' ? payload.name : undefined,
      };
    } catch (error) {
      throw refusal(error);
    }
  }

  private signingKeys(): Promise<JWTVerifyGetKey> {
    // A failed discovery is forgotten, so the next request tries again.
    this.keys ??= this.discoverKeys().catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async discoverKeys(): Promise<JWTVerifyGetKey> {
    const discoveryUrl = `${this.options.issuerUrl.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let metadata: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(discoveryUrl, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`it answered ${response.status}`);
      metadata = (await response.json()) as typeof metadata;
    } catch (error) {
      throw new IdentityProviderUnreachable(`cannot read ${discoveryUrl}: ${(error as Error).message}`);
    }
    if (metadata.issuer !== this.options.issuerUrl || typeof metadata.jwks_uri !== 'string') {
      throw new IdentityProviderUnreachable(
        `${discoveryUrl} names issuer ${String(metadata.issuer)}, not ${this.options.issuerUrl}, or no jwks_uri`,
      );
    }
    return createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: 5_000 });
  }
}

function refusal(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new RefusedToken('the access token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return new RefusedToken('the access token is not valid yet');
    if (error.claim === 'iss') return new RefusedToken('the access token comes from another issuer');
    if (error.claim === 'aud') return new RefusedToken('the access token is meant for another audience');
    return new RefusedToken(`the access token's ${error.claim} claim is missing or wrong`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new RefusedToken(`the access token must be signed with one of ${ACCEPTED_ALGORITHMS.join(', ')}`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new RefusedToken('the access token signature does not verify');
  if (error instanceof errors.JWKSNoMatchingKey)
    return new RefusedToken('the access token is signed with a key the issuer does not publish');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || isNetworkFailure(error)) {
    return new IdentityProviderUnreachable(`cannot fetch the identity provider's keys: ${(error as Error).message}`);
  }
  if (error instanceof errors.JOSEError) return new RefusedToken('the access token is malformed');
  return error instanceof Error ? error : new Error(String(error));
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed/i.test(error.message);
}
