/** What a person is asked to do, one kind per action the inbox can list. */
export const INBOX_ACTION_KINDS = [
  'endorse',
  'decide_failed_capacity_check',
  'record_cabinet_decision',
  'call_in',
  'record_scrutiny_outcome',
  'sign',
  'record_review',
  'approve_secondment',
  'start_secondment',
] as const;

export type InboxActionKind = (typeof INBOX_ACTION_KINDS)[number];

/** The action in the words people see; the partnership's own page says more (`nextAction`). */
export const INBOX_ACTION_WORDS: Record<InboxActionKind, string> = {
  endorse: 'Endorse the partnership, or send it back with comments',
  decide_failed_capacity_check: 'The capacity check failed: override it with a reason, or send the partnership back to draft',
  record_cabinet_decision: 'Record the Cabinet decision',
  call_in: 'Call the decision in before the deadline, or let the period run out',
  record_scrutiny_outcome: 'Record the scrutiny outcome: release the decision or refer it back to Cabinet',
  sign: 'Sign the partnership agreement for your council',
  record_review: 'Record the review that has fallen due',
  approve_secondment: 'Approve the proposed secondment',
  start_secondment: 'Start the approved secondment: its start date has come',
};
