import { HttpStatus, Logger } from '@nestjs/common';
import { problemType, type ProblemDetails } from './problem-details.js';

/**
 * Class 22 errors PostgreSQL raises for a value it cannot take: text that is no number,
 * a number out of its column's range, a NUL byte, an over-long string, an impossible date or
 * time-zone offset.
 */
const INVALID_VALUE_STATES = new Set(['22P02', '22003', '22021', '22001', '22007', '22008', '22009']);

const logger = new Logger('DatabaseClientFault');

/**
 * Problem details for a PostgreSQL error that the request caused (a value the database
 * refuses, a broken integrity rule), or undefined for any other error. Validation should
 * refuse such input first; this keeps a gap in it a 4xx rather than a 500, and logs it.
 */
export function clientFaultProblem(exception: unknown): ProblemDetails | undefined {
  const error = postgresErrorOf(exception);
  if (!error) return undefined;
  const refusal = describeRefusal(error);
  if (!refusal) return undefined;
  logger.warn(`PostgreSQL refused the request (SQLSTATE ${error.code}${error.constraint ? `, ${error.constraint}` : ''})`);
  return { type: problemType(refusal.code), title: refusal.title, status: refusal.status, code: refusal.code, detail: refusal.detail };
}

interface PostgresError {
  code: string;
  constraint?: string;
  message: string;
}

/** The pg driver's error, bare or wrapped in TypeORM's QueryFailedError. */
function postgresErrorOf(exception: unknown): PostgresError | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const candidate = (exception as { driverError?: unknown }).driverError ?? exception;
  const { code, constraint, message } = candidate as { code?: unknown; constraint?: unknown; message?: unknown };
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  return { code, constraint: typeof constraint === 'string' ? constraint : undefined, message: typeof message === 'string' ? message : '' };
}

interface Refusal {
  status: HttpStatus;
  code: string;
  title: string;
  detail: string;
}

function describeRefusal(error: PostgresError): Refusal | undefined {
  if (INVALID_VALUE_STATES.has(error.code)) {
    return {
      status: HttpStatus.UNPROCESSABLE_ENTITY,
      code: 'invalid_value',
      title: 'A value cannot be stored',
      detail: 'a value in the request is out of range, too long or not valid for its field',
    };
  }
  switch (error.code) {
    case '23503':
      // "insert or update … violates" names a missing record; "update or delete …" one still in use.
      return error.message.startsWith('update or delete')
        ? {
            status: HttpStatus.CONFLICT,
            code: 'still_referenced',
            title: 'Other records still refer to this one',
            detail: 'other records still refer to this one',
          }
        : {
            status: HttpStatus.UNPROCESSABLE_ENTITY,
            code: 'unknown_reference',
            title: 'The request refers to a record that does not exist',
            detail: 'the request refers to a record that does not exist',
          };
    case '23502':
    case '23514':
      return {
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        code: 'rule_broken',
        title: 'The request breaks a rule of the record',
        detail: 'a value is missing or breaks a rule of the record',
      };
    default:
      return error.code.startsWith('23')
        ? {
            status: HttpStatus.CONFLICT,
            code: 'conflict',
            title: 'Conflict',
            detail: 'the request conflicts with a record that already exists',
          }
        : undefined;
  }
}
