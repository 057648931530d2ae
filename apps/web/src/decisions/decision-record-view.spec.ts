import type { DecisionRecord } from '../partnerships/api-types.js';
import { decisionRecordView } from './decision-record-view.js';

const hampshire2018: DecisionRecord = {
  id: 'd1',
  councilCode: 'E10000014',
  partnershipId: 'p1',
  title: 'Improvement partnership with Buckinghamshire County Council',
  decisionMaker: 'cabinet',
  decisionMakerName: null,
  meetingName: 'Cabinet',
  meetingDate: '2018-04-16',
  decisionText: 'That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire',
  status: 'recommendations_approved',
  isKeyDecision: false,
  subjectToCallIn: false,
  wardsAffected: [],
  decisionDate: '2018-04-16',
  publicationDate: '2018-04-16',
  effectiveFrom: '2018-04-16',
  exemptParagraph: 3,
  exemptInformation: null,
  exemptInformationWithheld: true,
  reasons: 'Hampshire has the capacity as its Torbay commitments end',
  concerns: [],
  version: 1,
};

describe('the decision record page', () => {
  it('shows the 16 April 2018 Cabinet decision with its dates, call-in and the link to the printable page', () => {
    const view = decisionRecordView(hampshire2018, new Map([['E10000014', 'Hampshire County Council']]), 'http://localhost:3000/');
    expect(view.council).toBe('Hampshire County Council');
    expect(view.status.text).toBe('Recommendations approved');
    expect(view.rows.map((r) => [r.key.text, r.value.text])).toEqual([
      ['Decision maker', 'Cabinet'],
      ['Meeting', 'Cabinet, 16 April 2018'],
      ['Decision date', '16 April 2018'],
      ['Published', '16 April 2018'],
      ['Key decision', 'No'],
      ['Subject to call-in', 'No'],
      ['Takes effect', '16 April 2018'],
    ]);
    expect(view.sections.map((s) => s.heading)).toEqual(['Decision', 'Reasons for the decision']);
    expect(view.exempt).toContain('paragraph 3 of Schedule 12A');
    expect(view.printableHref).toBe('http://localhost:3000/decisions/d1.html');
    expect(view.partnershipHref).toBe('/partnerships/p1');
  });
});
