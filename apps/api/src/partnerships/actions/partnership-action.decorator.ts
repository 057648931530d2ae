import { applyDecorators, Controller, HttpCode, Post, type Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  type ApiOperationOptions,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { OperationId } from '../../auth/access-policy.js';
import { Operation } from '../../auth/operation.decorator.js';
import { Idempotent } from '../../idempotency/idempotent.decorator.js';
import { problemResponse } from '../../problem-details/problem-response.js';
import { StageActionResponse } from '../dto/stage-action.dto.js';

const notFound = problemResponse('No partnership has this id');
const unavailable = problemResponse('The workflow did not answer in time; nothing changed');
const notNow = problemResponse('Not allowed in the partnership’s current stage, already done, or another action is under way');
const notLikeThis = problemResponse('The action is allowed now but not as asked (field errors, quorum, exit conditions)');

/** A class holding one of the partnership's actions, at POST /api/v1/partnerships/{id}/actions/… */
export function PartnershipActionController(): ClassDecorator {
  return applyDecorators(ApiTags('partnership workflow'), Controller('api/v1/partnerships/:id/actions'));
}

/**
 * What every partnership action shares: its route under the partnership's actions, 200 with the
 * stage the workflow decided, the access policy's operation, idempotency keys, and the answers
 * besides its own (a stage that does not allow it, a request the workflow cannot take, no worker).
 */
export function PartnershipAction(
  route: string,
  operationId: OperationId,
  documentation: Omit<ApiOperationOptions, 'operationId'>,
  ok: Type = StageActionResponse,
): MethodDecorator {
  // Applied in order, like stacked decorators read bottom-up: where two describe one status, the action's own comes first.
  return applyDecorators(
    ApiOkResponse({ type: ok, description: 'The partnership’s stage after the action, as its workflow decided' }),
    ApiNotFoundResponse(notFound),
    ApiConflictResponse(notNow),
    ApiUnprocessableEntityResponse(notLikeThis),
    ApiServiceUnavailableResponse(unavailable),
    Idempotent(),
    Operation(operationId, documentation),
    HttpCode(200),
    Post(route),
  );
}
