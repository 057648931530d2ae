import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiOperation,
  type ApiOperationOptions,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { problemResponse } from '../problem-details/problem-response.js';
import { tooManyRequestsResponse } from '../rate-limit/too-many-requests.response.js';
import { ACCESS_POLICY, type AccessRule, type CouncilRelation, type OperationId } from './access-policy.js';

/** What a refusal means for each council relation, in the operation's 403 description. */
const COUNCIL_CONDITIONS: Record<CouncilRelation, string> = {
  none: '',
  own_council: '; and only for their own council',
  own_council_records: '; and only for their own council’s records (another council’s answer 404)',
  partnership_party: '; and only for a partnership their council leads or receives (any other answers 404)',
  lead_council: '; and only for a partnership their council leads',
};

export const API_KEY_SECURITY = 'api-key';
export const ACCESS_OPERATION = 'accord:access-operation';
export const PUBLIC_ROUTE = 'accord:public-route';

/**
 * Names the operation (its OpenAPI operationId) and documents it; who may call it is the
 * operation's entry in the access policy, which the access guard applies.
 */
export function Operation(operationId: OperationId, documentation: Omit<ApiOperationOptions, 'operationId'>): MethodDecorator {
  const rule: AccessRule = ACCESS_POLICY[operationId];
  return applyDecorators(
    SetMetadata(ACCESS_OPERATION, operationId),
    ApiBearerAuth(API_KEY_SECURITY),
    ApiExtension('x-accord-access', { roles: rule.roles, integratorScopes: rule.integratorScopes ?? [], council: rule.council }),
    ApiUnauthorizedResponse(problemResponse('No API key, or an unknown, expired or revoked one')),
    ApiForbiddenResponse(problemResponse(`Allowed only to: ${rule.roles.join(', ')}${COUNCIL_CONDITIONS[rule.council]}`)),
    ApiTooManyRequestsResponse(tooManyRequestsResponse()),
    ApiOperation({ ...documentation, operationId }),
  );
}

/** Marks an operation anyone may call without a key (health checks). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_ROUTE, true);
}
