import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { problemResponse } from '../problem-details/problem-response.js';
import { tooManyRequestsResponse } from '../rate-limit/too-many-requests.response.js';
import { ACCESS_RULE, PUBLIC_ROUTE, type AccessRule } from './access-rule.js';

export const API_KEY_SECURITY = 'api-key';

/** Declares who may call the operation; without it the operation refuses everyone (deny by default). */
export function Authorize(rule: AccessRule): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiBearerAuth(API_KEY_SECURITY),
    ApiExtension('x-accord-access', { roles: rule.roles, integratorScopes: rule.integratorScopes ?? [] }),
    ApiUnauthorizedResponse(problemResponse('No API key, or an unknown, expired or revoked one')),
    ApiForbiddenResponse(problemResponse(`Allowed only to: ${rule.roles.join(', ')}; and only for their own council`)),
    ApiTooManyRequestsResponse(tooManyRequestsResponse()),
  );
}

/** Marks an operation anyone may call without a key (health checks). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_ROUTE, true);
}
