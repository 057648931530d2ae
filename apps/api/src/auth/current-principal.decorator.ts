import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { type AuditActor, actorFromPrincipal } from '#audit';
import type { Principal } from '#domain';

/** The request's authenticated principal, as set by the access guard. */
export function principalOf(request: Request): Principal {
  const principal = (request as Request & { principal?: Principal }).principal;
  if (!principal) throw new Error('no principal on an authorised request: does the route name no @Operation?');
  return principal;
}

/** Injects who is acting: the principal and the request id, for services and the audit trail. */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): RequestActor => {
  const request = context.switchToHttp().getRequest<Request>();
  const principal = principalOf(request);
  return { principal, audit: actorFromPrincipal(principal, request.id === undefined ? undefined : String(request.id)) };
});

export interface RequestActor {
  principal: Principal;
  audit: AuditActor;
}
