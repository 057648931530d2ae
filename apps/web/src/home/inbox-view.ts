import type { components } from '#api-client';
import { formatDate, formatFte } from '../partnerships/format.js';

type InboxItem = components['schemas']['InboxItemResponse'];
export type Inbox = components['schemas']['InboxResponse'];

/** One row of "What needs you": the action, the partnership, and when it is due. */
export interface InboxRowView {
  action: string;
  href: string;
  partnership: string;
  councils: string;
  /** The ISO due day, for sorting in the MOJ sortable table; null sorts last. */
  dueOn: string | null;
  due: string;
  daysLeft: string;
  overdue: boolean;
}

/** Where on the web the person takes each kind of action: the confirmation page of the partnership's action, or its page. */
const ACTION_PAGES: Readonly<Record<InboxItem['kind'], string | null>> = {
  endorse: 'endorse',
  decide_failed_capacity_check: null,
  record_cabinet_decision: 'cabinet-decision',
  call_in: 'call-in',
  record_scrutiny_outcome: 'scrutiny-outcome',
  sign: 'sign',
  record_review: 'record-review',
  approve_secondment: null,
  start_secondment: null,
};

/** The inbox as the API orders it (soonest due first, those without a due day last). */
export function inboxRows(inbox: Inbox): InboxRowView[] {
  return inbox.items.map((item) => {
    const page = ACTION_PAGES[item.kind];
    const partnershipHref = `/partnerships/${item.partnership.id}`;
    const href = item.secondment
      ? `/staff/${item.secondment.staffMemberId}`
      : page
        ? `${partnershipHref}/actions/${page}`
        : partnershipHref;
    return {
      action: item.secondment
        ? `${item.action}: ${item.secondment.staffMemberName}, ${formatFte(item.secondment.fte)} from ${formatDate(item.secondment.start)}`
        : item.action,
      href,
      partnership: item.partnership.title,
      councils: `${item.partnership.leadCouncil.name} supporting ${item.partnership.supportedCouncil.name}`,
      dueOn: item.dueOn ?? null,
      due: item.dueOn ? formatDate(item.dueOn) : 'No due date',
      daysLeft: daysLeft(item.workingDaysLeft ?? null),
      overdue: item.overdue,
    };
  });
}

function daysLeft(workingDays: number | null): string {
  if (workingDays === null) return '';
  if (workingDays === 0) return 'Due today';
  if (workingDays < 0) return `${-workingDays} working ${-workingDays === 1 ? 'day' : 'days'} late`;
  return `${workingDays} working ${workingDays === 1 ? 'day' : 'days'} left`;
}
