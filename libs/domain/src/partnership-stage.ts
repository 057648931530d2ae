/**
 * The stages of a partnership, in the order the workflow normally moves through them.
 * `rejected` and `withdrawn` are ends reachable only before `active`.
 */
export const PARTNERSHIP_STAGES = [
  'draft',
  'officer_review',
  'capacity_check',
  'cabinet_decision',
  'call_in_window',
  'sign_off',
  'active',
  'under_review',
  'exiting',
  'completed',
  'rejected',
  'withdrawn',
] as const;

export type PartnershipStage = (typeof PARTNERSHIP_STAGES)[number];

const TERMINAL_STAGES: ReadonlySet<PartnershipStage> = new Set(['completed', 'rejected', 'withdrawn']);

const STAGES_BEFORE_ACTIVE: ReadonlySet<PartnershipStage> = new Set([
  'draft',
  'officer_review',
  'capacity_check',
  'cabinet_decision',
  'call_in_window',
  'sign_off',
]);

/** Stage moves the design allows; anything else is a defect or a refused action. */
const ALLOWED_MOVES: Readonly<Record<PartnershipStage, readonly PartnershipStage[]>> = {
  draft: ['officer_review', 'withdrawn'],
  officer_review: ['draft', 'capacity_check', 'withdrawn'],
  capacity_check: ['draft', 'cabinet_decision', 'withdrawn'],
  cabinet_decision: ['call_in_window', 'sign_off', 'rejected', 'withdrawn'],
  call_in_window: ['cabinet_decision', 'sign_off', 'withdrawn'],
  sign_off: ['active', 'withdrawn'],
  active: ['under_review', 'exiting'],
  under_review: ['active', 'exiting'],
  exiting: ['completed'],
  completed: [],
  rejected: [],
  withdrawn: [],
};

export function isPartnershipStage(value: unknown): value is PartnershipStage {
  return typeof value === 'string' && (PARTNERSHIP_STAGES as readonly string[]).includes(value);
}

export function isTerminalStage(stage: PartnershipStage): boolean {
  return TERMINAL_STAGES.has(stage);
}

export function canWithdraw(stage: PartnershipStage): boolean {
  return STAGES_BEFORE_ACTIVE.has(stage);
}

export function canMove(from: PartnershipStage, to: PartnershipStage): boolean {
  return ALLOWED_MOVES[from].includes(to);
}
