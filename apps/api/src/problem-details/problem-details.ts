import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_JSON = 'application/problem+json';

export class FieldError {
  @ApiProperty({ example: 'plannedEnd', description: 'Path of the offending field in the request' })
  field!: string;

  @ApiProperty({ example: ['plannedEnd must not be before plannedStart'] })
  messages!: string[];
}

/** RFC 9457 problem details, with a stable `code` and, for validation, the field errors. */
export class ProblemDetails {
  @ApiProperty({ example: 'https://accord.dev/problems/validation-failed', description: 'Stable URI naming the kind of problem' })
  type!: string;

  @ApiProperty({ example: 'Request validation failed' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 422 })
  status!: number;

  @ApiPropertyOptional({ example: 'plannedEnd must not be before plannedStart' })
  detail?: string;

  @ApiPropertyOptional({ example: '/api/v1/partnerships' })
  instance?: string;

  @ApiProperty({ example: 'validation_failed', description: 'Machine-readable code, stable across releases' })
  code!: string;

  @ApiPropertyOptional({ example: '6f1c1a8e-6d3a-4d0e-9a39-1d1f7e0c2b4a' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldError] })
  errors?: FieldError[];

  @ApiPropertyOptional({ description: 'Readiness only: the state of each dependency' })
  checks?: Record<string, unknown>;
}

export function problemType(code: string): string {
  return `https://accord.dev/problems/${code.replaceAll('_', '-')}`;
}
