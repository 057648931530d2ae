import { addDays, isIsoDate } from './calendar.js';
import { dateFromFields, fteFromField, type FieldError, type FormFields } from './date-fields.js';

/** A secondment the person is trying out on the capacity page; never saved. */
export interface Proposal {
  staffMemberId: string;
  fte: number;
  start: string;
  end: string;
}

export interface CapacityRequest {
  from: string;
  to: string;
  teamId?: string;
  /** The proposals already on the page, carried in the address so the page needs no session or JavaScript. */
  proposals: Proposal[];
  errors: FieldError[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A proposal in the address: staff id, FTE, start and end joined by "_". */
export function encodeProposal(proposal: Proposal): string {
  return [proposal.staffMemberId, proposal.fte, proposal.start, proposal.end].join('_');
}

export function decodeProposal(text: string): Proposal | undefined {
  const [staffMemberId, fte, start, end, ...rest] = text.split('_');
  const value = Number(fte);
  if (rest.length > 0 || !UUID.test(staffMemberId ?? '') || !isIsoDate(start ?? '') || !isIsoDate(end ?? '') || end < start)
    return undefined;
  if (!(value >= 0.001 && value <= 1)) return undefined;
  return { staffMemberId, fte: value, start, end };
}

/**
 * The capacity page's question from its address: the period (a year from today unless given),
 * an optional team, the proposals already added, and, when the what-if form was sent
 * (`add=1`), one more proposal from its fields, or the errors that stop it being added.
 */
export function capacityRequest(query: FormFields, today: string): CapacityRequest {
  const errors: FieldError[] = [];
  const from = periodEnd(query, 'from', 'start of the period', errors) ?? today;
  const asked = periodEnd(query, 'to', 'end of the period', errors);
  if (asked !== undefined && asked < from) errors.push({ field: 'to-day', message: 'End of the period must be on or after its start' });
  const to = asked !== undefined && asked >= from ? asked : addDays(from, 364);
  const teamId = UUID.test(String(query.teamId ?? '')) ? String(query.teamId) : undefined;
  const listed = ([] as unknown[]).concat(query.proposed ?? []).map(String);
  const proposals = listed.map(decodeProposal).filter((proposal): proposal is Proposal => proposal !== undefined);
  if (String(query.add ?? '') === '1') {
    const staffMemberId = String(query.staffMemberId ?? '');
    if (!UUID.test(staffMemberId)) errors.push({ field: 'staffMemberId', message: 'Select who would be seconded' });
    const fte = fteFromField(query, 'fte');
    const start = dateFromFields(query, 'start', 'start date');
    const end = dateFromFields(query, 'end', 'end date');
    for (const error of [fte.error, start.error, end.error]) if (error) errors.push(error);
    if (start.value && end.value && end.value < start.value) {
      errors.push({ field: 'end-day', message: 'End date must be the same as or after the start date' });
    }
    if (errors.length === 0)
      proposals.push({ staffMemberId, fte: fte.value as number, start: start.value as string, end: end.value as string });
  }
  return { from, to, teamId, proposals, errors };
}

/** A period end from the period form's date input, or from the address (YYYY-MM-DD); undefined when neither is given. */
function periodEnd(query: FormFields, name: string, label: string, errors: FieldError[]): string | undefined {
  if (['day', 'month', 'year'].some((part) => String(query[`${name}-${part}`] ?? '').trim())) {
    const date = dateFromFields(query, name, label);
    if (date.error) errors.push(date.error);
    return date.value;
  }
  const iso = String(query[name] ?? '');
  return isIsoDate(iso) ? iso : undefined;
}

/** The address of the capacity page with these proposals (for the form, and each proposal's "Remove" link). */
export function capacityHref(councilCode: string, request: Pick<CapacityRequest, 'from' | 'to' | 'teamId' | 'proposals'>): string {
  const params = new URLSearchParams({ from: request.from, to: request.to });
  if (request.teamId) params.set('teamId', request.teamId);
  for (const proposal of request.proposals) params.append('proposed', encodeProposal(proposal));
  return `/councils/${encodeURIComponent(councilCode)}/capacity?${params.toString()}`;
}
