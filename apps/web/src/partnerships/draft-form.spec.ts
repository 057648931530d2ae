import { readDraftForm } from './draft-form.js';

const dates = {
  'plannedStart-day': '1',
  'plannedStart-month': '5',
  'plannedStart-year': '2018',
  'plannedEnd-day': '31',
  'plannedEnd-month': '3',
  'plannedEnd-year': '2022',
};

describe('the draft partnership form', () => {
  it('reads a new draft for the lead council, with the funding typed in pounds', () => {
    const { request, errors } = readDraftForm(
      {
        title: 'Hampshire support for Buckinghamshire children’s services',
        supportedCouncilCode: 'E10000002',
        ...dates,
        kind: 'improvement_partner',
        scope: '',
        fundingKind: 'grant_and_recharge',
        fundingAmount: '£450,000',
      },
      { create: true, leadCouncilCode: 'E10000014' },
    );
    expect(errors.summary).toEqual([]);
    expect(request).toEqual({
      title: 'Hampshire support for Buckinghamshire children’s services',
      supportedCouncilCode: 'E10000002',
      leadCouncilCode: 'E10000014',
      plannedStart: '2018-05-01',
      plannedEnd: '2022-03-31',
      kind: 'improvement_partner',
      fundingKind: 'grant_and_recharge',
      fundingAmountPence: 45_000_000,
    });
  });

  it('sends the version read with an edit, and refuses an end before the start and an amount that is not one', () => {
    const { request, errors } = readDraftForm(
      { title: 'T', ...dates, 'plannedEnd-year': '2017', kind: 'peer_support', fundingAmount: 'lots' },
      { create: false, version: 3 },
    );
    expect(request.version).toBe(3);
    expect(errors.summary).toEqual([
      { text: 'The planned end must be the same as or after the planned start', href: '#plannedEnd-day' },
      { text: 'Enter the funding in pounds, such as 450,000', href: '#fundingAmount' },
    ]);
  });
});
