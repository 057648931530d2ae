import { HttpStatus } from '@nestjs/common';
import { problemType, type ProblemDetails } from './problem-details.js';

/** How long a client should wait before retrying while PostgreSQL is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Socket errors of a connection that could not be made or was cut.
const UNREACHABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs of a server that is going away or not yet accepting: class 08 (connection exception),
// 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down).
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;

// node-postgres reports a dropped or never-completed connection without a code.
const DROPPED_CONNECTION_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

/**
 * True when the error says PostgreSQL could not be reached or dropped the connection, rather
 * than refusing the statement: the request may succeed once the database is back. Looks
 * through the wrappers TypeORM (`driverError`), `cause` chains and dual-stack connects
 * (`AggregateError`) put around the driver's error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, message, driverError, cause } = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  if (typeof code === 'string' && (UNREACHABLE_SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && DROPPED_CONNECTION_MESSAGES.some((dropped) => message.includes(dropped))) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}

export function databaseUnavailableProblem(): ProblemDetails {
  return {
    type: problemType('database_unavailable'),
    title: 'Database unavailable',
    status: HttpStatus.SERVICE_UNAVAILABLE,
    code: 'database_unavailable',
    detail: `the database cannot be reached just now; retry after ${DATABASE_RETRY_AFTER_SECONDS} seconds (with the same Idempotency-Key, a retry never acts twice)`,
  };
}
