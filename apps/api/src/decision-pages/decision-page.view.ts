import type { DecisionRecordEntity } from '#persistence';

/** One `<p><span class="mgLabel">Label: </span>value</p>` line of a Modern.gov decision page. */
export interface LabelledField {
  label: string;
  value: string;
  /** Modern.gov marks a decision in force with its own class on the status. */
  valueClass?: string;
}

/** A section under an `h3.mgSubSubTitleTxt`, its text in paragraphs. */
export interface PageSection {
  heading: string;
  paragraphs: string[];
}

export interface DecisionPageView {
  title: string;
  councilName: string;
  fields: LabelledField[];
  sections: PageSection[];
  /** Fields printed after the sections, as Modern.gov prints the dates below the decision. */
  datesAndMeeting: LabelledField[];
  exempt: { paragraph: number; text: string | null } | null;
}

const DECISION_MAKERS: Record<DecisionRecordEntity['decisionMaker'], string> = {
  cabinet: 'Cabinet',
  cabinet_member: 'Cabinet Member',
  officer: 'Officer',
};

/** Modern.gov's own words for a decision's status. */
export const DECISION_STATUS_WORDS: Record<DecisionRecordEntity['status'], string> = {
  recommendations_approved: 'Recommendations Approved',
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
  called_in: 'Called In',
};

/** Modern.gov prints dates as dd/mm/yyyy; the record holds ISO dates. */
export function modernGovDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

function paragraphsOf(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * What a decision page shows, in Modern.gov's labels and order, so that scrapers written for
 * Modern.gov's `ieDecisionDetails.aspx` read it unchanged. Exempt (Schedule 12A) text is in the
 * view only when the reader may see it; otherwise only its paragraph number is.
 */
export function decisionPageView(record: DecisionRecordEntity, councilName: string, mayReadExempt: boolean): DecisionPageView {
  const fields: LabelledField[] = [
    { label: 'Decision Maker', value: record.decisionMakerName ?? DECISION_MAKERS[record.decisionMaker] },
    {
      label: 'Decision status',
      value: DECISION_STATUS_WORDS[record.status],
      valueClass: record.status === 'called_in' ? undefined : 'mgPlanItemInForce',
    },
    { label: 'Is Key decision?', value: yesNo(record.isKeyDecision) },
  ];
  if (record.isKeyDecision && record.keyDecisionReason) fields.push({ label: 'Reason Key', value: record.keyDecisionReason });
  fields.push({ label: 'Is subject to call in?', value: yesNo(record.subjectToCallIn) });
  if (record.wardsAffected.length > 0) fields.push({ label: 'Wards affected', value: record.wardsAffected.join('; ') });

  const sections: PageSection[] = [
    { heading: 'Decision', paragraphs: paragraphsOf(record.decisionText) },
    { heading: 'Reasons for the decision', paragraphs: paragraphsOf(record.reasons) },
    { heading: 'Alternative options considered', paragraphs: paragraphsOf(record.alternativeOptions) },
    { heading: 'Interests declared', paragraphs: paragraphsOf(record.interestsDeclared) },
    {
      heading: 'Concerns raised',
      paragraphs: record.concerns.map(({ concern, answer }) => `${concern} — ${answer}`),
    },
  ].filter((section) => section.paragraphs.length > 0);

  const datesAndMeeting: LabelledField[] = [
    { label: 'Publication date', value: modernGovDate(record.publicationDate) },
    { label: 'Date of decision', value: modernGovDate(record.decisionDate) },
  ];
  if (record.callInDeadline) datesAndMeeting.push({ label: 'Call-in deadline', value: modernGovDate(record.callInDeadline) });
  if (record.effectiveFrom) datesAndMeeting.push({ label: 'Effective from', value: modernGovDate(record.effectiveFrom) });
  if (record.meetingName) {
    const date = record.meetingDate ? `${modernGovDate(record.meetingDate)} - ` : '';
    datesAndMeeting.push({ label: 'Decided at meeting', value: `${date}${record.meetingName}` });
  }

  const exempt =
    record.exemptParagraph === null ? null : { paragraph: record.exemptParagraph, text: mayReadExempt ? record.exemptInformation : null };
  return { title: record.title, councilName, fields, sections, datesAndMeeting, exempt };
}
