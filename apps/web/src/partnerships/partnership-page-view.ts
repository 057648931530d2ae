import { actionDefinition, actionsFor, stageAfterInWords, isActionSlug, type Actor } from './action-catalogue.js';
import type { CapacityCheck, CouncilNames, PartnershipDetail, Review, Risk } from './api-types.js';
import { capacityCheckView, type CapacityCheckView } from './capacity-check-view.js';
import { formatDate, formatDateTime } from './format.js';
import { nextActionView, type NextActionView } from './next-action-view.js';
import { partnershipSummaryRows, type SummaryRow } from './partnership-summary.js';
import { stageHistory, stageSteps, type StageStepItem } from './stage-steps.js';
import { timelineItems, type TimelineItem } from './timeline-view.js';
import { STAGE_NAMES, STAGE_TAG_CLASSES, capitalise } from './words.js';
import { councilName } from './api-types.js';

/** Everything the partnership page shows, from the API's answers. */
export interface PartnershipPageView {
  id: string;
  title: string;
  stage: { text: string; classes: string };
  /** The success banner after an action, when the page was reached from one. */
  done: { heading: string; text: string } | null;
  summaryRows: SummaryRow[];
  canEdit: boolean;
  steps: StageStepItem[];
  nextAction: NextActionView | null;
  actions: { label: string; href: string; warning: boolean }[];
  decision: { title: string; status: string; date: string; href: string } | null;
  capacityCheck: CapacityCheckView | null;
  risks: { text: string }[][];
  reviews: { text: string }[][];
  signatures: { text: string }[][];
  dueDates: { text: string }[][];
  timeline: TimelineItem[];
}

export interface PartnershipPageInput {
  partnership: PartnershipDetail;
  /** Null when it has not been checked yet, or the person may not see it (the supported council). */
  capacityCheck: CapacityCheck | null;
  risks: readonly Risk[];
  reviews: readonly Review[];
  councils: CouncilNames;
  actor: Actor;
  today: string;
  /** The `done` query parameter a successful action redirects with. */
  done?: string;
}

const RATINGS: Readonly<Record<Risk['rating'], string>> = { low: 'Low', medium: 'Medium', high: 'High', very_high: 'Very high' };
const RAG: Readonly<Record<Review['ragRating'], string>> = { red: 'Red', amber: 'Amber', green: 'Green' };

export function partnershipPageView(input: PartnershipPageInput): PartnershipPageView {
  const { partnership, councils, actor } = input;
  const context = { partnership, councils, actor };
  const offered = actionsFor(partnership, actor);
  const doneSlug = input.done && isActionSlug(input.done) ? input.done : null;
  return {
    id: partnership.id,
    title: partnership.title,
    stage: { text: STAGE_NAMES[partnership.stage], classes: STAGE_TAG_CLASSES[partnership.stage] },
    done: doneSlug ? { heading: actionDefinition(doneSlug).done(context), text: stageAfterInWords(partnership.stage) } : null,
    summaryRows: partnershipSummaryRows(partnership, councils),
    canEdit:
      partnership.stage === 'draft' &&
      ['chief_executive', 'director', 'admin'].includes(actor.role) &&
      (actor.councilCode === partnership.leadCouncilCode || actor.role === 'admin'),
    steps: stageSteps(partnership.stage, stageHistory(partnership.timeline)),
    nextAction: nextActionView(partnership.nextAction, partnership, councils, input.today),
    actions: offered.map((action) => ({
      label: action.label,
      href: `/partnerships/${partnership.id}/actions/${action.slug}`,
      warning: action.slug === 'withdraw' || action.slug === 'request-exit',
    })),
    decision: partnership.decision
      ? {
          title: partnership.decision.title,
          status: capitalise(partnership.decision.status.replace(/_/g, ' ')),
          date: formatDate(partnership.decision.decisionDate),
          href: `/decisions/${partnership.decision.id}`,
        }
      : null,
    capacityCheck: input.capacityCheck ? capacityCheckView(input.capacityCheck) : null,
    risks: input.risks.map((risk) => [
      { text: capitalise(risk.category.replace(/_/g, ' ')) },
      { text: risk.description },
      { text: RATINGS[risk.rating] },
      { text: risk.mitigation ?? 'None recorded' },
    ]),
    reviews: input.reviews.map((review) => [
      { text: formatDate(review.reviewDate) },
      { text: review.kind === 'commissioner' ? 'Commissioner' : 'Periodic' },
      { text: RAG[review.ragRating] },
      { text: review.findings },
    ]),
    signatures: partnership.signatures.map((signature) => [
      { text: councilName(councils, signature.councilCode) },
      { text: signature.signedBy },
      { text: formatDateTime(signature.signedAt) },
    ]),
    dueDates: partnership.dueDates.map((due) => [{ text: due.label }, { text: formatDate(due.dueOn) }, { text: capitalise(due.status) }]),
    timeline: timelineItems(partnership.timeline, councils),
  };
}
