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
} from '#identity';

const BEARER = /^Bearer\s+(\S+)$/i;
/** A compact JWS: three base64url parts (the signature part empty for `alg: none`, which is refused later). */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/**
 * Who the caller is, from the bearer credential: an Accord API key (`acc_…`, integrators and
 * scripts) or an access token from the configured OpenID Connect provider (people). A credential
 * that proves nothing is 401; a proven person Accord does not let in (unknown, uninvited,
 * disabled) is 403.
 */
@Injectable()
export class BearerAuthentication {
  private readonly logger = new Logger(BearerAuthentication.name);

  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly people: PeopleByIdentity,
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
      if (this.tokens && JWT_SHAPE.test(credential)) return await this.people.principalFor(await this.tokens.verify(credential));
      const principal = await this.apiKeys.authenticate(credential);
      if (!principal) throw new RefusedToken('the API key is unknown, expired or revoked');
      return principal;
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
}

/** RFC 6750 §3: a refused credential is `invalid_token`; a missing one gets the bare challenge. */
function challenge(refusal: string | undefined): string {
  return refusal
    ? `Bearer realm="accord", error="invalid_token", error_description="${refusal.replaceAll('"', "'")}"`
    : 'Bearer realm="accord"';
}
