import { ForbiddenException, Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiKeysService } from '#access';
import { AccordError, type Principal } from '#domain';
import {
  ACCESS_TOKEN_VERIFIER,
  type AccessTokenVerifier,
  IdentityProviderUnreachable,
  PeopleByIdentity,
  PersonRefused,
  RefusedToken,
  type VerifiedIdentity,
} from '#identity';
import { CredentialCache } from './credential-cache.js';

const BEARER = /^Bearer\s+(\S+)$/i;
/** A compact JWS: three base64url parts (the signature part empty for `alg: none`, which is refused later). */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/**
 * Who the caller is, from the bearer credential: an Accord API key (`acc_…`, integrators and
 * scripts) or an access token from the configured OpenID Connect provider (people). A credential
 * that proves nothing is 401; a proven person Accord does not let in (unknown, uninvited,
 * disabled) is 403. Who a credential stands for is looked up in one round trip and then kept for a
 * few seconds (CredentialCache), until any credential change is notified.
 */
@Injectable()
export class BearerAuthentication {
  private readonly logger = new Logger(BearerAuthentication.name);

  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly people: PeopleByIdentity,
    private readonly cache: CredentialCache,
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly tokens: AccessTokenVerifier | null,
  ) {}

  async principalOf(request: Request, response: Response): Promise<Principal> {
    const credential = BEARER.exec(request.headers.authorization ?? '')?.[1];
    try {
      if (!credential)
        throw new RefusedToken(
          this.tokens
            ? 'an API key or access token is required (Authorization: Bearer …)'
            : 'an API key is required (Authorization: Bearer <key>)',
        );
      if (this.tokens && JWT_SHAPE.test(credential)) return await this.personOf(await this.tokens.verify(credential));
      return await this.keyHolderOf(credential);
    } catch (error) {
      if (error instanceof RefusedToken) {
        response.setHeader('WWW-Authenticate', challenge(credential ? error.message : undefined));
        throw new UnauthorizedException(error.message);
      }
      if (error instanceof PersonRefused) throw new ForbiddenException(error.message);
      if (error instanceof IdentityProviderUnreachable) {
        this.logger.warn(error.message);
        throw new AccordError(
          'identity_provider_unavailable',
          'the identity provider cannot be reached to check the access token; try again shortly',
        );
      }
      throw error;
    }
  }

  /** The token's signature and claims are checked every time (no round trip); who the person is, once per cache period. */
  private async personOf(identity: VerifiedIdentity): Promise<Principal> {
    const key = CredentialCache.keyOf('person', `${identity.issuer} ${identity.subject}`);
    const cached = await this.fromCache(key);
    if (cached) return cached;
    const generation = this.cache.generation;
    const principal = await this.people.principalFor(identity);
    this.cache.set(key, principal, generation);
    return principal;
  }

  /**
   * A cached principal, read after one turn of the event loop: a change notification that reached
   * this process together with the request is handled first, so it is never answered from memory
   * the change has already emptied. Costs microseconds, no round trip.
   */
  private async fromCache(key: string): Promise<Principal | undefined> {
    if (!this.cache.get(key)) return undefined;
    await new Promise((resolve) => setImmediate(resolve));
    return this.cache.get(key);
  }

  private async keyHolderOf(credential: string): Promise<Principal> {
    const key = CredentialCache.keyOf('api_key', credential);
    const cached = await this.fromCache(key);
    if (cached) return cached;
    const generation = this.cache.generation;
    const found = await this.apiKeys.authenticateKey(credential);
    if (!found) throw new RefusedToken('the API key is unknown, expired or revoked');
    this.cache.set(key, found.principal, generation, found.expiresAt?.getTime());
    return found.principal;
  }
}

/** RFC 6750 §3: a refused credential is `invalid_token`; a missing one gets the bare challenge. */
function challenge(refusal: string | undefined): string {
  return refusal
    ? `Bearer realm="accord", error="invalid_token", error_description="${refusal.replaceAll('"', "'")}"`
    : 'Bearer realm="accord"';
}
