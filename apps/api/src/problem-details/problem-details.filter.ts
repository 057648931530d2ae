import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccordError } from '#domain';
import { describeAccordError } from './accord-error-status.js';
import { databaseUnavailableProblem, isDatabaseUnavailable } from './database-unavailable.js';
import { clientFaultProblem } from './database-client-fault.js';
import { PROBLEM_JSON, problemType, type ProblemDetails } from './problem-details.js';
import { RequestValidationError } from './request-validation.error.js';
import { retryAfterSeconds } from './retry-after.js';

const HTTP_CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'too_many_requests',
};

/**
 * Every error leaves the API as RFC 9457 problem details. Unknown errors become a bare 500:
 * their message may hold SQL or internals, so it goes to the log, never to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    const requestId = request.id;
    if (requestId !== undefined) problem.requestId = String(requestId);
    const retryAfter = retryAfterSeconds(problem.code);
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(problem.status).type(PROBLEM_JSON).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof RequestValidationError) {
      return {
        type: problemType('validation_failed'),
        title: 'Request validation failed',
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        code: 'validation_failed',
        detail: exception.message,
        errors: exception.fieldErrors,
      };
    }
    if (exception instanceof AccordError) {
      const { status, title } = describeAccordError(exception.code);
      const problem: ProblemDetails = { type: problemType(exception.code), title, status, code: exception.code, detail: exception.message };
      if (exception.clash) problem.clash = exception.clash;
      return problem;
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    const status = httpStatusOf(exception);
    if (status !== undefined && status >= 400 && status < 500) {
      // body-parser errors (malformed JSON, oversized body) carry their own 4xx status.
      const code = HTTP_CODES[status] ?? 'bad_request';
      return { type: problemType(code), title: titleOf(code), status, code, detail: (exception as Error).message };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      return databaseUnavailableProblem();
    }
    const databaseRefusal = clientFaultProblem(exception);
    if (databaseRefusal) return databaseRefusal;
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return {
      type: problemType('internal_error'),
      title: 'Internal server error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal_error',
    };
  }

  private fromHttpException(exception: HttpException): ProblemDetails {
    const status = exception.getStatus();
    const code = HTTP_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
    const body = exception.getResponse();
    if (isHealthReport(body)) {
      // Readiness failures keep terminus' per-dependency report so operators see what is down.
      return { type: problemType('not_ready'), title: 'Not ready', status, code: 'not_ready', checks: body.details };
    }
    const detail =
      typeof body === 'object' && body !== null && 'message' in body ? String((body as { message: unknown }).message) : exception.message;
    return { type: problemType(code), title: titleOf(code), status, code, detail: status >= 500 ? undefined : detail };
  }
}

function isHealthReport(body: unknown): body is { status: 'error'; details: Record<string, unknown> } {
  return typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'error' && 'details' in body;
}

function httpStatusOf(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const candidate = (exception as { status?: unknown; statusCode?: unknown }).status ?? (exception as { statusCode?: unknown }).statusCode;
  return typeof candidate === 'number' ? candidate : undefined;
}

function titleOf(code: string): string {
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
