import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { problemResponse } from '../problem-details/problem-response.js';
import { StageActionResponse } from './dto/stage-action.dto.js';

const notFound = problemResponse('No partnership has this id');
const unavailable = problemResponse('The workflow did not answer in time; nothing changed');
const notNow = problemResponse('Not allowed in the partnership’s current stage, already done, or another action is under way');
const notLikeThis = problemResponse('The action is allowed now but not as asked (field errors, quorum, exit conditions)');

/** Every action answers these besides its own: a stage that does not allow it, a request the workflow cannot take, no worker. */
export function ActionResponses(ok: Type = StageActionResponse): MethodDecorator {
  return applyDecorators(
    ApiOkResponse({ type: ok }),
    ApiNotFoundResponse(notFound),
    ApiConflictResponse(notNow),
    ApiUnprocessableEntityResponse(notLikeThis),
    ApiServiceUnavailableResponse(unavailable),
  );
}
