import type { ApiResponseOptions } from '@nestjs/swagger';
import { problemResponse } from '../problem-details/problem-response.js';

/** The 429 in OpenAPI, with the headers every limited answer carries. */
export function tooManyRequestsResponse(): ApiResponseOptions {
  return {
    ...problemResponse('Too many requests from this principal or client address; wait the seconds in Retry-After'),
    headers: {
      'Retry-After': { description: 'Seconds until a request would be admitted', schema: { type: 'integer' } },
      'RateLimit-Policy': {
        description: 'IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60',
        schema: { type: 'string' },
      },
      RateLimit: {
        description: 'IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60',
        schema: { type: 'string' },
      },
    },
  } as ApiResponseOptions;
}
