import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/** The body of every error answer: RFC 9457 problem details with Accord's stable `code`. */
export type ProblemDetails = components['schemas']['ProblemDetails'];

/** A client for the Accord API, typed by its OpenAPI document. */
export type AccordClient = Client<paths>;

/**
 * A typed client for one Accord instance, calling as the holder of `apiKey` (an `acc_…` key).
 * Every path, parameter, body and answer is checked against the document at compile time;
 * error answers are typed as problem details.
 */
export function createAccordClient(baseUrl: string, apiKey: string, options: { fetch?: typeof fetch } = {}): AccordClient {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${apiKey}` }, ...options });
}
