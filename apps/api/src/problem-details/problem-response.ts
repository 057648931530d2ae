import type { ApiResponseOptions } from '@nestjs/swagger';
import { PROBLEM_JSON } from './problem-details.js';

/**
 * An OpenAPI error response whose body is problem details, under the media type it is sent
 * with. (Given a `type` as well, the document would list it as application/json instead.)
 * buildOpenApiDocument registers the ProblemDetails schema this refers to.
 */
export function problemResponse(description: string): ApiResponseOptions {
  return { description, content: { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } } };
}
