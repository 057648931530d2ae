import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { parseApiKey } from '../../../../libs/access/src/api-key-secret.js';
import { PROBLEM_JSON, problemType } from '../problem-details/problem-details.js';

/**
 * Requests per minute per API key (by its public prefix), or per client address when no key
 * is sent. Health checks are exempt so orchestrators never get throttled.
 */
export function rateLimitPerKey(requestsPerMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: requestsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (request) => request.path === '/health' || request.path === '/ready',
    keyGenerator: (request) => {
      const prefix = parseApiKey((request.headers.authorization ?? '').replace(/^Bearer\s+/i, ''))?.prefix;
      return prefix ? `key:${prefix}` : `ip:${ipKeyGenerator(request.ip ?? 'unknown')}`;
    },
    handler: (request, response) => {
      response
        .status(429)
        .type(PROBLEM_JSON)
        .send(
          JSON.stringify({
            type: problemType('too_many_requests'),
            title: 'Too many requests',
            status: 429,
            code: 'too_many_requests',
            detail: `at most ${requestsPerMinute} requests a minute per API key; retry after the time in RateLimit-Reset`,
            instance: request.originalUrl.split('?')[0],
          }),
        );
    },
  });
}
