import type { components } from '#api-client';
import { fte, longDate } from '../capacity/words.js';

type StaffMember = components['schemas']['StaffMemberResponse'];
type Secondment = components['schemas']['SecondmentResponse'];

export type SecondmentAction = 'approve' | 'activate' | 'end' | 'cancel';

/** The steps a secondment in each status offers (the API's own rule; it refuses any other with 409). */
const ACTIONS: Record<string, SecondmentAction[]> = {
  proposed: ['approve', 'cancel'],
  approved: ['activate', 'cancel'],
  active: ['end'],
  ended: [],
  cancelled: [],
};

export const ACTION_WORDS: Record<SecondmentAction, { button: string; question: string; done: string }> = {
  approve: { button: 'Approve', question: 'Approve this secondment?', done: 'Secondment approved' },
  activate: { button: 'Start', question: 'Start this secondment?', done: 'Secondment started' },
  end: { button: 'End', question: 'End this secondment?', done: 'Secondment ended' },
  cancel: { button: 'Cancel', question: 'Cancel this secondment?', done: 'Secondment cancelled' },
};

const STATUS_BADGE: Record<string, string> = {
  proposed: 'moj-badge--purple',
  approved: 'moj-badge--blue',
  active: 'moj-badge--green',
  ended: 'moj-badge--grey',
  cancelled: 'moj-badge--grey',
};

const ROLE_WORDS: Record<StaffMember['role'], string> = {
  social_worker: 'Social worker',
  senior_practitioner: 'Senior practitioner',
  team_manager: 'Team manager',
  service_manager: 'Service manager',
  head_of_service: 'Head of service',
  director: 'Director',
  other: 'Other',
};

export interface SecondmentRow {
  id: string;
  partnership: string;
  fte: string;
  period: string;
  status: string;
  badge: string;
  actions: { action: SecondmentAction; label: string }[];
}

export interface StaffRow {
  id: string;
  name: string;
  role: string;
  contracted: string;
  employed: string;
  secondments: SecondmentRow[];
}

/** A team's staff, each with their secondments (newest first) and the steps HR can take on each. */
export function staffRows(
  staff: readonly StaffMember[],
  secondments: readonly Secondment[],
  titles: ReadonlyMap<string, string>,
): StaffRow[] {
  return staff.map((member) => ({
    id: member.id,
    name: member.displayName,
    role: ROLE_WORDS[member.role],
    contracted: fte(member.contractedFte),
    employed: member.employmentEnd
      ? `${longDate(member.employmentStart)} to ${longDate(member.employmentEnd)}`
      : `Since ${longDate(member.employmentStart)}`,
    secondments: secondments
      .filter((secondment) => secondment.staffMemberId === member.id)
      .sort((a, b) => b.start.localeCompare(a.start))
      .map((secondment) => secondmentRow(secondment, titles)),
  }));
}

export function secondmentRow(secondment: Secondment, titles: ReadonlyMap<string, string>): SecondmentRow {
  const cutShort = secondment.status === 'ended' && secondment.end !== secondment.plannedEnd;
  return {
    id: secondment.id,
    partnership: titles.get(secondment.partnershipId) ?? 'A partnership you cannot see',
    fte: fte(secondment.fte),
    period: `${longDate(secondment.start)} to ${longDate(secondment.end)}${cutShort ? ` (planned to ${longDate(secondment.plannedEnd)})` : ''}`,
    status: secondment.status.charAt(0).toUpperCase() + secondment.status.slice(1),
    badge: STATUS_BADGE[secondment.status] ?? 'moj-badge--grey',
    actions: (ACTIONS[secondment.status] ?? []).map((action) => ({ action, label: ACTION_WORDS[action].button })),
  };
}
