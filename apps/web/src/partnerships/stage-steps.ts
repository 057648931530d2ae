import type { AuditEvent, PartnershipStage } from './api-types.js';
import { STAGE_NAMES } from './words.js';

/** The steps every partnership goes through, in order; `under_review` is a spell within `active`. */
const STEPS = [
  'draft',
  'officer_review',
  'capacity_check',
  'cabinet_decision',
  'call_in_window',
  'sign_off',
  'active',
  'exiting',
  'completed',
] as const;
type Step = (typeof STEPS)[number];

/** One item of the GOV.UK task list (`govukTaskList`) showing where the partnership is. */
export interface StageStepItem {
  title: { text: string };
  status: { text: string; classes?: string } | { tag: { text: string; classes: string } };
}

/** The stages a partnership has been in and, for one that was rejected or withdrawn, where it stopped, read from its timeline. */
export interface StageHistory {
  visited: ReadonlySet<PartnershipStage>;
  endedFrom: PartnershipStage | null;
}

export function stageHistory(timeline: readonly AuditEvent[]): StageHistory {
  const visited = new Set<PartnershipStage>(['draft']);
  let endedFrom: PartnershipStage | null = null;
  for (const event of timeline) {
    if (event.action !== 'partnership.stage_changed') continue;
    const from = stageIn(event.before);
    const to = stageIn(event.after);
    if (from) visited.add(from);
    if (to) visited.add(to);
    if (from && (to === 'rejected' || to === 'withdrawn')) endedFrom = from;
  }
  return { visited, endedFrom };
}

/** Each step: completed, where it is now, skipped (a decision not subject to call-in), where it stopped, or not reached. */
export function stageSteps(stage: PartnershipStage, history: StageHistory): StageStepItem[] {
  const stoppedAt = stage === 'rejected' || stage === 'withdrawn' ? stepOf(history.endedFrom ?? 'draft') : null;
  const current = stoppedAt ?? stepOf(stage);
  const currentIndex = STEPS.indexOf(current);
  return STEPS.map((step, index) => {
    const title = { text: STAGE_NAMES[step] };
    if (stage === 'completed') return { title, status: { text: 'Completed' } };
    if (index < currentIndex) {
      const skipped = step === 'call_in_window' && !history.visited.has('call_in_window');
      return { title, status: { text: skipped ? 'Not needed' : 'Completed' } };
    }
    if (index === currentIndex) {
      if (stage === 'rejected') return { title, status: { tag: { text: 'Rejected', classes: 'govuk-tag--red' } } };
      if (stage === 'withdrawn') return { title, status: { tag: { text: 'Withdrawn', classes: 'govuk-tag--grey' } } };
      if (stage === 'under_review') return { title, status: { tag: { text: 'Under review', classes: 'govuk-tag--yellow' } } };
      if (stage === 'active') return { title, status: { tag: { text: 'Active', classes: 'govuk-tag--green' } } };
      return { title, status: { tag: { text: 'In progress', classes: 'govuk-tag--blue' } } };
    }
    return { title, status: { text: stoppedAt ? 'Not reached' : 'Not yet started', classes: 'govuk-task-list__status--cannot-start-yet' } };
  });
}

function stepOf(stage: PartnershipStage): Step {
  if (stage === 'under_review') return 'active';
  if (stage === 'rejected' || stage === 'withdrawn') return 'draft';
  return stage;
}

function stageIn(record: unknown): PartnershipStage | null {
  if (typeof record !== 'object' || record === null) return null;
  const stage = (record as { stage?: unknown }).stage;
  return typeof stage === 'string' && stage in STAGE_NAMES ? (stage as PartnershipStage) : null;
}
