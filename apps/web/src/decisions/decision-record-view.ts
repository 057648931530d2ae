import { councilName, type CouncilNames, type DecisionRecord } from '../partnerships/api-types.js';
import { formatDate } from '../partnerships/format.js';
import type { SummaryRow } from '../partnerships/partnership-summary.js';

const DECISION_MAKERS: Readonly<Record<DecisionRecord['decisionMaker'], string>> = {
  cabinet: 'Cabinet',
  cabinet_member: 'Cabinet member',
  officer: 'Officer under delegated powers',
};

const STATUSES: Readonly<Record<DecisionRecord['status'], { text: string; classes: string }>> = {
  recommendations_approved: { text: 'Recommendations approved', classes: 'govuk-tag--green' },
  approved: { text: 'Approved', classes: 'govuk-tag--green' },
  rejected: { text: 'Rejected', classes: 'govuk-tag--red' },
  deferred: { text: 'Deferred', classes: 'govuk-tag--yellow' },
  called_in: { text: 'Called in', classes: 'govuk-tag--orange' },
};

export interface DecisionRecordView {
  title: string;
  council: string;
  status: { text: string; classes: string };
  rows: SummaryRow[];
  /** Longer texts, each under its own heading. */
  sections: { heading: string; text: string }[];
  concerns: { concern: string; answer: string }[];
  exempt: string | null;
  /** The printable page the API publishes, shaped like Modern.gov's. */
  printableHref: string;
  partnershipHref: string | null;
}

/** A decision record as a GOV.UK page; `apiBaseUrl` is where browsers reach the API's published pages. */
export function decisionRecordView(record: DecisionRecord, councils: CouncilNames, apiBaseUrl: string): DecisionRecordView {
  const rows: SummaryRow[] = [
    row(
      'Decision maker',
      record.decisionMakerName
        ? `${DECISION_MAKERS[record.decisionMaker]} (${record.decisionMakerName})`
        : DECISION_MAKERS[record.decisionMaker],
    ),
    ...(record.meetingName
      ? [row('Meeting', record.meetingDate ? `${record.meetingName}, ${formatDate(record.meetingDate)}` : record.meetingName)]
      : []),
    row('Decision date', formatDate(record.decisionDate)),
    row('Published', formatDate(record.publicationDate)),
    row('Key decision', record.isKeyDecision ? `Yes${record.keyDecisionReason ? `: ${record.keyDecisionReason}` : ''}` : 'No'),
    ...(record.urgencyRoute
      ? [row('Urgency route', record.urgencyRoute === 'special_urgency' ? 'Special urgency' : 'General exception')]
      : []),
    ...(record.forwardPlanFirstPublished ? [row('First on the forward plan', formatDate(record.forwardPlanFirstPublished))] : []),
    row(
      'Subject to call-in',
      record.subjectToCallIn
        ? `Yes, until ${record.callInDeadline ? formatDate(record.callInDeadline) : 'the end of the call-in period'}`
        : 'No',
    ),
    row('Takes effect', record.effectiveFrom ? formatDate(record.effectiveFrom) : 'Not yet known'),
    ...(record.wardsAffected.length ? [row('Wards affected', record.wardsAffected.join(', '))] : []),
  ];
  const sections = [
    { heading: 'Decision', text: record.decisionText },
    { heading: 'Reasons for the decision', text: record.reasons ?? '' },
    { heading: 'Alternative options considered and rejected', text: record.alternativeOptions ?? '' },
    { heading: 'Interests declared', text: record.interestsDeclared ?? '' },
  ].filter((section) => section.text);
  return {
    title: record.title,
    council: councilName(councils, record.councilCode),
    status: STATUSES[record.status],
    rows,
    sections,
    concerns: record.concerns,
    exempt: record.exemptParagraph
      ? record.exemptInformationWithheld || !record.exemptInformation
        ? `Part of this decision is exempt under paragraph ${record.exemptParagraph} of Schedule 12A to the Local Government Act 1972 and is not shown.`
        : record.exemptInformation
      : null,
    printableHref: `${apiBaseUrl.replace(/\/$/, '')}/decisions/${record.id}.html`,
    partnershipHref: record.partnershipId ? `/partnerships/${record.partnershipId}` : null,
  };
}

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}
