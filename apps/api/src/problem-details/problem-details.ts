import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

export const PROBLEM_JSON = 'application/problem+json';

@ApiSchema({ description: 'One field of the request that was refused, with every reason' })
export class FieldError {
  @ApiProperty({ example: 'plannedEnd', description: 'Path of the offending field in the request' })
  field!: string;

  @ApiProperty({ example: ['plannedEnd must not be before plannedStart'], description: 'Why the field was refused, one sentence each' })
  messages!: string[];
}

@ApiSchema({ description: 'The first day a secondment would take a person past their contract, and by how much' })
export class ContractClashProblem {
  @ApiProperty({ format: 'date', example: '2026-12-30', description: 'The first day of the highest load' })
  on!: string;

  @ApiProperty({ example: 1.1, description: 'FTE the person would be seconded that day, to a thousandth' })
  secondedFte!: number;

  @ApiProperty({ example: 1, description: 'The person’s contracted FTE' })
  contractedFte!: number;
}

/** RFC 9457 problem details, with a stable `code` and, for validation, the field errors. */
@ApiSchema({ description: 'RFC 9457 problem details: the body of every error answer, whatever its status, with a stable `code`' })
export class ProblemDetails {
  @ApiProperty({ example: 'https://accord.dev/problems/validation-failed', description: 'Stable URI naming the kind of problem' })
  type!: string;

  @ApiProperty({ example: 'Request validation failed', description: 'Short summary of the kind of problem; the same for every occurrence' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 422, description: 'The HTTP status of this answer' })
  status!: number;

  @ApiPropertyOptional({
    example: 'plannedEnd must not be before plannedStart',
    description: 'What went wrong this time, for a person to read',
  })
  detail?: string;

  @ApiPropertyOptional({ example: '/api/v1/partnerships', description: 'The path of the request that failed' })
  instance?: string;

  @ApiProperty({ example: 'validation_failed', description: 'Machine-readable code, stable across releases' })
  code!: string;

  @ApiPropertyOptional({
    example: '6f1c1a8e-6d3a-4d0e-9a39-1d1f7e0c2b4a',
    description: 'The request id (X-Request-Id), to find the request in the logs',
  })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldError], description: 'Validation only: each refused field' })
  errors?: FieldError[];

  @ApiPropertyOptional({
    type: ContractClashProblem,
    description: '`secondment_exceeds_contract` only: the day and the FTE of the clash, for a client to word as it wishes',
  })
  clash?: ContractClashProblem;

  @ApiPropertyOptional({ description: 'Readiness only: the state of each dependency' })
  checks?: Record<string, unknown>;
}

export function problemType(code: string): string {
  return `https://accord.dev/problems/${code.replaceAll('_', '-')}`;
}
