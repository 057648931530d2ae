import { councilName, type CouncilNames, type PartnershipDetail } from './api-types.js';
import { formatDate, formatPounds } from './format.js';
import { FUNDING_KIND_NAMES, KIND_NAMES, SERVICE_AREA_NAMES } from './words.js';

/** One row of a GOV.UK summary list, as the `govukSummaryList` macro takes it. */
export interface SummaryRow {
  key: { text: string };
  value: { text: string };
  actions?: { items: { href: string; text: string; visuallyHiddenText: string }[] };
}

type SummaryFields = Pick<
  PartnershipDetail,
  | 'leadCouncilCode'
  | 'supportedCouncilCode'
  | 'kind'
  | 'serviceArea'
  | 'scope'
  | 'plannedStart'
  | 'plannedEnd'
  | 'fundingKind'
  | 'fundingAmountPence'
>;

/** The partnership's terms as summary-list rows; what is not yet agreed says so rather than showing a blank. */
export function partnershipSummaryRows(partnership: SummaryFields, councils: CouncilNames): SummaryRow[] {
  return [
    row('Lead council', councilName(councils, partnership.leadCouncilCode)),
    row('Supported council', councilName(councils, partnership.supportedCouncilCode)),
    row('Kind of support', KIND_NAMES[partnership.kind]),
    row('Service', SERVICE_AREA_NAMES[partnership.serviceArea]),
    row('Scope', partnership.scope ?? 'Not written yet'),
    row('Planned dates', `${formatDate(partnership.plannedStart)} to ${formatDate(partnership.plannedEnd)}`),
    row('Funding', fundingInWords(partnership)),
  ];
}

function fundingInWords({ fundingKind, fundingAmountPence }: SummaryFields): string {
  const amount = fundingAmountPence == null ? null : formatPounds(fundingAmountPence);
  if (fundingKind && amount) return `${amount} (${FUNDING_KIND_NAMES[fundingKind].toLowerCase()})`;
  if (fundingKind) return `${FUNDING_KIND_NAMES[fundingKind]}, amount not agreed yet`;
  if (amount) return amount;
  return 'Not agreed yet';
}

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}
