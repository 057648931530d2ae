import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { problemResponse } from '../problem-details/problem-response.js';

export const IDEMPOTENT = 'accord:idempotent';

/**
 * Marks a POST that creates or acts: with an `Idempotency-Key` header, a repeat of the same
 * request replays the first response instead of acting twice (IETF Idempotency-Key draft).
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    ApiHeader({
      // As the IETF draft spells it; header names are case-insensitive, so handlers read it in lower case.
      name: 'Idempotency-Key',
      required: false,
      schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
      description:
        'Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; ' +
        'the same key with a different body is refused with 422; a repeat while the first is still running gets 409 ' +
        "`idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely.",
      example: '2b1c9a0e-0f7e-4d0b-8c1e-5a3b2d9f7c61',
    }),
    ApiConflictResponse(problemResponse('Another action is in progress (for this partnership, or with this idempotency key)')),
    ApiUnprocessableEntityResponse(problemResponse('Invalid fields, or an idempotency key reused with a different request')),
  );
}
