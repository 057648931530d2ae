import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ApiKeysService } from '#access';
import { RequestRateLimits } from '../rate-limit/request-rate-limits.js';
import { accessRuleFor } from './access-policy.js';
import { ACCESS_OPERATION, PUBLIC_ROUTE } from './operation.decorator.js';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Authenticates the bearer API key and applies the roles and scopes of the operation's entry in
 * the access policy. A route that names no operation, or one the policy does not list, refuses
 * every caller, so a new endpoint is closed until someone opens it.
 * Rate limits bracket authentication: the client address's before the key is looked up, the
 * verified principal's after. Public operations (health checks) are never limited.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly rateLimits: RequestRateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    await this.rateLimits.admitAddress(request, response);

    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const principal = token ? await this.apiKeys.authenticate(token) : undefined;
    if (!principal) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="accord"');
      throw new UnauthorizedException(
        token ? 'the API key is unknown, expired or revoked' : 'an API key is required (Authorization: Bearer <key>)',
      );
    }
    (request as Request & { principal?: unknown }).principal = principal;
    await this.rateLimits.admitPrincipal(principal, response);

    const operationId = this.reflector.get<string | undefined>(ACCESS_OPERATION, context.getHandler());
    const rule = operationId === undefined ? undefined : accessRuleFor(operationId);
    if (!rule) throw new ForbiddenException('this operation has no entry in the access policy, so no one may call it');
    if (!rule.roles.includes(principal.role)) throw new ForbiddenException(`the ${principal.role} role may not do this`);
    if (
      principal.role === 'integrator' &&
      rule.integratorScopes &&
      !rule.integratorScopes.some((scope) => principal.scopes.includes(scope))
    ) {
      throw new ForbiddenException(`this key needs one of the scopes: ${rule.integratorScopes.join(', ')}`);
    }
    return true;
  }
}
