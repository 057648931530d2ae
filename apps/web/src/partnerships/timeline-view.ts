import { councilName, type AuditEvent, type CouncilNames, type PartnershipStage } from './api-types.js';
import { formatDateTime } from './format.js';
import { STAGE_NAMES } from './words.js';

/** One item of the MOJ timeline component (`mojTimeline`). */
export interface TimelineItem {
  label: { text: string };
  text?: string;
  datetime: { timestamp: string; type: 'datetime' };
  /** The instant in words, London time. */
  when: string;
  byline: { text: string };
}

/** What happened to a partnership, newest first as the MOJ timeline shows it, each event in words. */
export function timelineItems(events: readonly AuditEvent[], councils: CouncilNames): TimelineItem[] {
  return [...events].reverse().map((event) => {
    const { label, text } = describe(event, councils);
    return {
      label: { text: label },
      ...(text ? { text } : {}),
      datetime: { timestamp: event.occurredAt, type: 'datetime' as const },
      when: formatDateTime(event.occurredAt),
      byline: { text: event.actor.principalId === null ? 'Accord' : event.actor.name },
    };
  });
}

function describe(event: AuditEvent, councils: CouncilNames): { label: string; text?: string } {
  const after = fields(event.after);
  const before = fields(event.before);
  const comment = typeof after.comment === 'string' && after.comment ? after.comment : undefined;
  switch (event.action) {
    case 'partnership.created':
      return { label: 'Partnership drafted' };
    case 'partnership.updated':
      return { label: 'Draft changed', text: changedFields(after) };
    case 'partnership.stage_changed':
      return { label: stageMove(before.stage, after.stage), text: comment };
    case 'partnership.capacity_checked':
      return {
        label: `Capacity check: ${outcomeName(after.outcome)}`,
        text: typeof after.summary === 'string' ? after.summary : undefined,
      };
    case 'partnership.signed':
      return { label: `Signed for ${typeof after.councilCode === 'string' ? councilName(councils, after.councilCode) : 'a council'}` };
    case 'partnership.sign_off_reminder':
      return { label: 'Reminder sent: signatures are due' };
    case 'partnership.sign_off_escalated':
      return { label: 'Signatures overdue: escalated' };
    case 'partnership.due_date_reminder':
      return { label: 'Reminder sent: a due date is near' };
    case 'partnership.due_date_reached':
      return { label: 'A due date was reached' };
    case 'partnership.secondments_ended':
      return { label: 'Secondments ended' };
    case 'partnership.secondments_in_step':
      return { label: 'Secondments brought in step with the partnership' };
    case 'partnership.supported_council_rejudged':
      return { label: 'Supported council re-judged by Ofsted' };
    case 'partnership.direction_lifted':
      return { label: 'Statutory direction lifted' };
    case 'partnership.council_succeeded':
      return { label: 'A council was replaced by its successor' };
    case 'decision_record.created':
      return { label: 'Cabinet decision recorded', text: typeof after.title === 'string' ? after.title : undefined };
    case 'decision_record.called_in':
      return { label: 'Decision called in by scrutiny', text: comment };
    case 'decision_record.released':
      return { label: 'Decision released by scrutiny', text: comment };
    case 'decision_record.status_changed':
      return { label: 'Decision status changed' };
    case 'review.recorded':
      return { label: 'Review recorded', text: typeof after.findings === 'string' ? after.findings : undefined };
    case 'risk.recorded':
      return { label: 'Risk added', text: typeof after.description === 'string' ? after.description : undefined };
    case 'risk.updated':
      return { label: 'Risk updated' };
    default:
      return { label: event.action.replace(/[._]/g, ' ') };
  }
}

function stageMove(from: unknown, to: unknown): string {
  const name = (stage: unknown) => (typeof stage === 'string' && stage in STAGE_NAMES ? STAGE_NAMES[stage as PartnershipStage] : 'unknown');
  if (to === 'withdrawn') return 'Withdrawn';
  if (to === 'rejected') return 'Rejected by Cabinet';
  if (to === 'draft') return 'Sent back to draft';
  return `${name(from)} to ${name(to).toLowerCase()}`;
}

function outcomeName(outcome: unknown): string {
  return outcome === 'pass' ? 'pass' : outcome === 'warn' ? 'warning' : outcome === 'fail' ? 'fail' : 'done';
}

function changedFields(after: Record<string, unknown>): string | undefined {
  const names = Object.keys(after).filter((key) => key !== 'version');
  return names.length
    ? `Changed: ${names
        .map((key) =>
          key
            .replace(/Pence$/, '')
            .replace(/([A-Z])/g, ' $1')
            .toLowerCase(),
        )
        .join(', ')}`
    : undefined;
}

function fields(record: unknown): Record<string, unknown> {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
}
