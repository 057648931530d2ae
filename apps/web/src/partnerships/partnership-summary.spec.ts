import { partnershipSummaryRows } from './partnership-summary.js';

const councils = new Map([
  ['E10000014', 'Hampshire County Council'],
  ['E10000002', 'Buckinghamshire County Council'],
]);

const buckinghamshire = {
  leadCouncilCode: 'E10000014',
  supportedCouncilCode: 'E10000002',
  kind: 'improvement_partner' as const,
  serviceArea: 'children_services' as const,
  scope: 'Leadership, practice improvement and quality assurance support',
  plannedStart: '2018-05-01',
  plannedEnd: '2022-03-31',
  fundingKind: 'grant_and_recharge' as const,
  fundingAmountPence: 45_000_000,
};

describe('the partnership’s summary list', () => {
  it('names the councils, the kind, the scope, the dates and the funding in pounds', () => {
    const rows = partnershipSummaryRows(buckinghamshire, councils).map((r) => [r.key.text, r.value.text]);
    expect(rows).toEqual([
      ['Lead council', 'Hampshire County Council'],
      ['Supported council', 'Buckinghamshire County Council'],
      ['Kind of support', 'Improvement partner'],
      ['Service', 'Children’s services'],
      ['Scope', 'Leadership, practice improvement and quality assurance support'],
      ['Planned dates', '1 May 2018 to 31 March 2022'],
      ['Funding', '£450,000 (grant and recharge)'],
    ]);
  });

  it('says what is not written or agreed yet, and falls back to the code of a council it cannot name', () => {
    const rows = partnershipSummaryRows({ ...buckinghamshire, scope: null, fundingKind: null, fundingAmountPence: null }, new Map());
    const value = (key: string) => rows.find((r) => r.key.text === key)?.value.text;
    expect(value('Scope')).toBe('Not written yet');
    expect(value('Funding')).toBe('Not agreed yet');
    expect(value('Lead council')).toBe('E10000014');
  });
});
