import type { ApiResponseOptions } from '@nestjs/swagger';
import { PROBLEM_JSON, ProblemDetails } from './problem-details.js';

/** An OpenAPI error response whose body is problem details. */
export function problemResponse(description: string): ApiResponseOptions {
  return { description, type: ProblemDetails, content: { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } } };
}
