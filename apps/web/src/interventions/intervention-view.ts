import { councilName, type CouncilNames, type Intervention, type PartnershipDetail } from '../partnerships/api-types.js';
import { formatDate } from '../partnerships/format.js';
import type { SummaryRow } from '../partnerships/partnership-summary.js';
import { STAGE_NAMES, capitalise } from '../partnerships/words.js';

const RECOMMENDATIONS: Readonly<Record<NonNullable<Intervention['recommendation']>, string>> = {
  retain_in_house: 'Keep the service in house',
  alternative_delivery_model: 'Move the service to an alternative delivery model',
};

/** One intervention in the list: the council, the judgement that triggered it, and whether the direction still holds. */
export function interventionListRow(intervention: Intervention, councils: CouncilNames): { text?: string; html?: string }[] {
  return [
    {
      html: `<a class="govuk-link" href="/interventions/${intervention.id}">${escapeHtml(councilName(councils, intervention.supportedCouncilCode))}</a>`,
    },
    { text: `${capitalise(intervention.triggerJudgement.replace(/_/g, ' '))}, ${formatDate(intervention.triggerJudgementDate)}` },
    { text: intervention.directionLiftedOn ? `Lifted on ${formatDate(intervention.directionLiftedOn)}` : 'In force' },
  ];
}

export interface InterventionView {
  title: string;
  rows: SummaryRow[];
  /** The partnerships answering it, each with its clocks (reviews, the action plan, monitoring visits). */
  partnerships: { title: string; href: string; stage: string; clocks: { text: string }[][] }[];
}

export function interventionView(
  intervention: Intervention,
  partnerships: readonly PartnershipDetail[],
  councils: CouncilNames,
): InterventionView {
  const orNot = (date: string | null | undefined, none: string) => (date ? formatDate(date) : none);
  return {
    title: `Intervention in ${councilName(councils, intervention.supportedCouncilCode)}`,
    rows: [
      row(
        'Ofsted judgement',
        `${capitalise(intervention.triggerJudgement.replace(/_/g, ' '))}, ${formatDate(intervention.triggerJudgementDate)}`,
      ),
      row('Statutory direction', orNot(intervention.statutoryDirectionDate, 'None issued')),
      row('Commissioner', intervention.commissionerName ?? 'Not appointed yet'),
      row('Commissioner’s review due', orNot(intervention.reviewDeadline, 'No date set')),
      row('Report published', orNot(intervention.reportPublishedOn, 'Not yet')),
      row('Recommendation', intervention.recommendation ? RECOMMENDATIONS[intervention.recommendation] : 'Not made yet'),
      row(
        'Improvement adviser',
        intervention.improvementAdviserCouncilCode ? councilName(councils, intervention.improvementAdviserCouncilCode) : 'None appointed',
      ),
      row('Direction lifted', orNot(intervention.directionLiftedOn, 'Still in force')),
    ],
    partnerships: partnerships.map((partnership) => ({
      title: partnership.title,
      href: `/partnerships/${partnership.id}`,
      stage: STAGE_NAMES[partnership.stage],
      clocks: partnership.dueDates.map((due) => [{ text: due.label }, { text: formatDate(due.dueOn) }, { text: capitalise(due.status) }]),
    })),
  };
}

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
