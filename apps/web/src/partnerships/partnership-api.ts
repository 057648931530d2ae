import type { AccordClient } from '#api-client';
import type { ActionSlug } from './action-catalogue.js';
import type { CabinetDecision, CapacityCheck, CouncilNames, PartnershipDetail, ProblemDetails, Review, Risk } from './api-types.js';

/** An API answer: the data, or the refusal with its status and problem details. */
export type Answer<T> = { ok: true; data: T } | { ok: false; status: number; problem: ProblemDetails };

async function answer<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Answer<T>> {
  const { data, error, response } = await pending;
  if (response.ok) return { ok: true, data: data as T };
  const problem = isProblem(error)
    ? error
    : { type: 'about:blank', title: response.statusText, status: response.status, code: 'internal_error' };
  return { ok: false, status: response.status, problem };
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/** Every council's name by its code: the pages name councils, the API's records carry codes. */
export async function councilNames(api: AccordClient): Promise<CouncilNames> {
  const names = new Map<string, string>();
  for (let offset = 0; ; offset += 100) {
    const page = await answer(api.GET('/api/v1/councils', { params: { query: { limit: 100, offset } } }));
    if (!page.ok) return names;
    for (const council of page.data.items) names.set(council.code, council.name);
    if (offset + page.data.items.length >= page.data.total || page.data.items.length === 0) return names;
  }
}

export function getPartnership(api: AccordClient, id: string): Promise<Answer<PartnershipDetail>> {
  return answer(api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } }));
}

/** The lead council's staffing is not the supported council's to read: a refusal is no capacity check shown. */
export async function capacityCheckFor(api: AccordClient, id: string): Promise<CapacityCheck | null> {
  const check = await answer(api.GET('/api/v1/partnerships/{id}/capacity-check', { params: { path: { id } } }));
  return check.ok ? check.data : null;
}

export async function risksOf(api: AccordClient, partnershipId: string): Promise<Risk[]> {
  const risks = await answer(api.GET('/api/v1/partnerships/{partnershipId}/risks', { params: { path: { partnershipId } } }));
  return risks.ok ? risks.data : [];
}

export async function reviewsOf(api: AccordClient, partnershipId: string): Promise<Review[]> {
  const reviews = await answer(api.GET('/api/v1/partnerships/{partnershipId}/reviews', { params: { path: { partnershipId } } }));
  return reviews.ok ? reviews.data : [];
}

export function createPartnership(api: AccordClient, body: Record<string, unknown>, idempotencyKey: string) {
  return answer(
    api.POST('/api/v1/partnerships', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: body as never,
    }),
  );
}

export function updatePartnership(api: AccordClient, id: string, body: Record<string, unknown>) {
  return answer(api.PATCH('/api/v1/partnerships/{id}', { params: { path: { id } }, body: body as never }));
}

/**
 * Sends one action to the partnership's workflow. The form was read into the request the action's
 * DTO describes (action-forms.ts); the API validates it again. The idempotency key, made when the
 * confirmation page was shown, makes a double submission act once.
 */
export function takeAction(
  api: AccordClient,
  slug: ActionSlug,
  id: string,
  request: Record<string, unknown>,
  idempotencyKey: string,
): Promise<Answer<unknown>> {
  const params = { path: { id }, header: { 'Idempotency-Key': idempotencyKey } };
  switch (slug) {
    case 'submit':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/submit', { params, body: request }));
    case 'endorse':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/endorse', { params, body: request }));
    case 'send-back':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/send-back', { params, body: request }));
    case 'withdraw':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/withdraw', { params, body: request }));
    case 'sign':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/sign', { params, body: request }));
    case 'override-capacity':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/override-capacity', { params, body: request as { reason: string } }));
    case 'cabinet-decision':
      return answer(
        api.POST('/api/v1/partnerships/{id}/actions/cabinet-decision', { params, body: request as unknown as CabinetDecision }),
      );
    case 'call-in':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/call-in', { params, body: request as { members: string[] } }));
    case 'scrutiny-outcome':
      return answer(
        api.POST('/api/v1/partnerships/{id}/actions/scrutiny-outcome', {
          params,
          body: request as { outcome: 'released' | 'referred_back' },
        }),
      );
    case 'record-review':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/record-review', { params, body: request as never }));
    case 'request-exit':
      return answer(api.POST('/api/v1/partnerships/{id}/actions/request-exit', { params, body: request as { reason: string } }));
  }
}
