import { type ArgumentsHost, ConflictException, Logger } from '@nestjs/common';
import { AccordError } from '#domain';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { RequestValidationError } from './request-validation.error.js';

interface Sent {
  status: number;
  type: string;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

function respond(exception: unknown): Sent {
  const sent: Partial<Sent> = {};
  const response = {
    setHeader(name: string, value: string) {
      sent.headers = { ...sent.headers, [name]: value };
      return this;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(contentType: string) {
      sent.type = contentType;
      return this;
    },
    send(body: string) {
      sent.body = JSON.parse(body);
      return this;
    },
  };
  const request = { originalUrl: '/api/v1/partnerships?limit=5', id: 'req-7' };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return sent as Sent;
}

describe('problem details for every error', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it('hides the message of an unexpected error, which may hold SQL', () => {
    const sent = respond(new Error('duplicate key value violates unique constraint "partnership_pkey" SELECT * FROM partnership'));
    expect(sent).toEqual({
      status: 500,
      type: 'application/problem+json',
      body: {
        type: 'https://accord.dev/problems/internal-error',
        title: 'Internal server error',
        status: 500,
        code: 'internal_error',
        instance: '/api/v1/partnerships',
        requestId: 'req-7',
      },
    });
  });

  it('answers a value PostgreSQL refuses as the client’s fault, not a 500', () => {
    const driverError = Object.assign(new Error('value "2147483648" is out of range for type integer'), { code: '22003' });
    const sent = respond(Object.assign(new Error(driverError.message), { driverError }));
    expect(sent.status).toBe(422);
    expect(sent.body).toMatchObject({ code: 'invalid_value', requestId: 'req-7' });
  });

  it('maps a domain error code to its status and keeps its explanation', () => {
    const sent = respond(new AccordError('stage_action_not_allowed', 'only a draft can be submitted'));
    expect(sent.status).toBe(409);
    expect(sent.body).toMatchObject({ code: 'stage_action_not_allowed', detail: 'only a draft can be submitted' });
  });

  it('lists field errors for a validation failure', () => {
    const sent = respond(new RequestValidationError([{ field: 'plannedEnd', messages: ['plannedEnd must not be before plannedStart'] }]));
    expect(sent.status).toBe(422);
    expect(sent.body.errors).toEqual([{ field: 'plannedEnd', messages: ['plannedEnd must not be before plannedStart'] }]);
  });

  it('keeps the status of an HTTP exception', () => {
    const sent = respond(new ConflictException('already signed'));
    expect(sent.body).toMatchObject({ status: 409, code: 'conflict', detail: 'already signed' });
  });

  it('passes on the 4xx status that body parsing gives an oversized body', () => {
    const sent = respond(Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' }));
    expect(sent.body).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('answers 503 with Retry-After, not 500, when the database cannot be reached', () => {
    const sent = respond(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(sent.status).toBe(503);
    expect(sent.headers).toEqual({ 'Retry-After': '5' });
    expect(sent.body).toMatchObject({ status: 503, code: 'database_unavailable' });
    expect(JSON.stringify(sent.body)).not.toContain('127.0.0.1');
  });
});
