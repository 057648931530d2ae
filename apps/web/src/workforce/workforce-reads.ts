import type { AccordClient, components } from '#api-client';
import { answerOf } from '../api/api-refusal.js';

type Team = components['schemas']['TeamResponse'];
type StaffMember = components['schemas']['StaffMemberResponse'];
type Secondment = components['schemas']['SecondmentResponse'];
type Partnership = components['schemas']['PartnershipResponse'];

/** The API pages lists by at most 100; these pages read every page of a council's records. */
const PAGE = 100;

async function everyPage<T>(read: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const first = await read(0);
  const rest = await Promise.all(
    Array.from({ length: Math.ceil(first.total / PAGE) - 1 }, (_, i) => read((i + 1) * PAGE).then((page) => page.items)),
  );
  return [...first.items, ...rest.flat()];
}

export function teamsOf(api: AccordClient, councilCode: string): Promise<Team[]> {
  return everyPage((offset) => answerOf(api.GET('/api/v1/teams', { params: { query: { councilCode, limit: PAGE, offset } } })));
}

export function staffOf(api: AccordClient, filter: { councilCode?: string; teamId?: string }): Promise<StaffMember[]> {
  return everyPage((offset) => answerOf(api.GET('/api/v1/staff', { params: { query: { ...filter, limit: PAGE, offset } } })));
}

export function secondmentsOf(api: AccordClient, filter: { councilCode?: string; staffMemberId?: string }): Promise<Secondment[]> {
  return everyPage((offset) => answerOf(api.GET('/api/v1/secondments', { params: { query: { ...filter, limit: PAGE, offset } } })));
}

/** Every partnership the council leads, at any stage. */
export function partnershipsLedBy(api: AccordClient, leadCouncilCode: string): Promise<Partnership[]> {
  return everyPage((offset) => answerOf(api.GET('/api/v1/partnerships', { params: { query: { leadCouncilCode, limit: PAGE, offset } } })));
}

/** Partnership id → title, for naming secondments. */
export function titlesOf(partnerships: readonly Partnership[]): Map<string, string> {
  return new Map(partnerships.map((partnership) => [partnership.id, partnership.title]));
}

/** Stages after which no secondment can be booked (the API refuses with 409 `partnership_closed`). */
export const CLOSED_STAGES: readonly string[] = ['completed', 'rejected', 'withdrawn'];
