import type { DecisionRecordEntity } from '#persistence';
import { decisionPageView, modernGovDate } from './decision-page.view.js';

const hampshire = (overrides: Partial<DecisionRecordEntity> = {}): DecisionRecordEntity => ({
  id: '5f0c5a43-3c57-4f6d-9a39-64a3c0f3f6a1',
  councilCode: 'E10000014',
  partnershipId: null,
  title: 'Children’s services improvement partnership with Buckinghamshire County Council',
  decisionMaker: 'cabinet',
  decisionMakerName: null,
  meetingName: 'Cabinet',
  meetingDate: '2018-04-16',
  decisionText: 'That Cabinet approves the partnership.\n\nThat the Director reports back.',
  status: 'recommendations_approved',
  isKeyDecision: false,
  keyDecisionReason: null,
  subjectToCallIn: false,
  urgencyRoute: null,
  wardsAffected: [],
  forwardPlanFirstPublished: null,
  decisionDate: '2018-04-16',
  publicationDate: '2018-04-17',
  callInDeadline: null,
  effectiveFrom: '2018-04-16',
  exemptParagraph: null,
  exemptInformation: null,
  reasons: null,
  alternativeOptions: null,
  interestsDeclared: null,
  concerns: [],
  originKey: null,
  version: 1,
  createdAt: new Date('2018-04-17T09:00:00Z'),
  updatedAt: new Date('2018-04-17T09:00:00Z'),
  ...overrides,
});

describe('a decision page in Modern.gov’s shape', () => {
  it('prints dates as dd/mm/yyyy', () => {
    expect(modernGovDate('2018-04-16')).toBe('16/04/2018');
  });

  it('labels the fields as Modern.gov does, Yes and No in words, the status in force', () => {
    const view = decisionPageView(hampshire(), 'Hampshire County Council', false);
    expect(view.fields).toEqual([
      { label: 'Decision Maker', value: 'Cabinet' },
      { label: 'Decision status', value: 'Recommendations Approved', valueClass: 'mgPlanItemInForce' },
      { label: 'Is Key decision?', value: 'No' },
      { label: 'Is subject to call in?', value: 'No' },
    ]);
    expect(view.datesAndMeeting).toEqual([
      { label: 'Publication date', value: '17/04/2018' },
      { label: 'Date of decision', value: '16/04/2018' },
      { label: 'Effective from', value: '16/04/2018' },
      { label: 'Decided at meeting', value: '16/04/2018 - Cabinet' },
    ]);
  });

  it('splits the decision into paragraphs and leaves out sections the record does not have', () => {
    const view = decisionPageView(hampshire(), 'Hampshire County Council', false);
    expect(view.sections).toEqual([
      { heading: 'Decision', paragraphs: ['That Cabinet approves the partnership.', 'That the Director reports back.'] },
    ]);
  });

  it('shows a key decision’s reason, the wards, the call-in deadline and a called-in status not in force', () => {
    const view = decisionPageView(
      hampshire({
        isKeyDecision: true,
        keyDecisionReason: 'Spending above £500,000',
        subjectToCallIn: true,
        callInDeadline: '2018-04-24',
        effectiveFrom: '2018-04-25',
        status: 'called_in',
        wardsAffected: ['Aylesbury North', 'Wendover'],
        reasons: 'Capacity is freed as Torbay ends.',
        alternativeOptions: 'Not to offer support.',
      }),
      'Hampshire County Council',
      false,
    );
    expect(view.fields).toContainEqual({ label: 'Reason Key', value: 'Spending above £500,000' });
    expect(view.fields).toContainEqual({ label: 'Decision status', value: 'Called In', valueClass: undefined });
    expect(view.fields).toContainEqual({ label: 'Wards affected', value: 'Aylesbury North; Wendover' });
    expect(view.datesAndMeeting).toContainEqual({ label: 'Call-in deadline', value: '24/04/2018' });
    expect(view.sections.map((section) => section.heading)).toEqual([
      'Decision',
      'Reasons for the decision',
      'Alternative options considered',
    ]);
  });

  it('gives exempt text only to a reader who may see it, and its paragraph to everyone', () => {
    const secret = hampshire({ exemptParagraph: 3, exemptInformation: 'Staff costs by named post' });
    expect(decisionPageView(secret, 'Hampshire County Council', true).exempt).toEqual({ paragraph: 3, text: 'Staff costs by named post' });
    expect(decisionPageView(secret, 'Hampshire County Council', false).exempt).toEqual({ paragraph: 3, text: null });
    expect(decisionPageView(hampshire(), 'Hampshire County Council', true).exempt).toBeNull();
  });
});
