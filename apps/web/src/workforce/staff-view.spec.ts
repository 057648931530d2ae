import { staffRows } from './staff-view.js';

const alex = {
  id: 's1',
  teamId: 't1',
  displayName: 'Alex Smith',
  role: 'senior_practitioner' as const,
  contractedFte: 1,
  employmentStart: '2005-09-01',
  employmentEnd: null,
  version: 1,
};
const secondment = (
  id: string,
  status: 'proposed' | 'approved' | 'active' | 'ended' | 'cancelled',
  start: string,
  end: string,
  plannedEnd = end,
) => ({
  id,
  staffMemberId: 's1',
  partnershipId: 'p1',
  fte: 0.5,
  start,
  end,
  plannedEnd,
  status,
  rechargeKind: null,
  rechargeDayRatePence: null,
  version: 1,
});

describe('a team’s staff with their secondments', () => {
  it('lists each person’s secondments newest first with the steps their status allows', () => {
    const [row] = staffRows(
      [alex],
      [
        secondment('a', 'ended', '2017-01-09', '2018-03-31', '2018-06-30'),
        secondment('b', 'proposed', '2018-06-01', '2019-05-31'),
        { ...secondment('c', 'active', '2018-01-01', '2018-12-31'), staffMemberId: 'someone else' },
      ],
      new Map([['p1', 'Hampshire support to Torbay children’s services']]),
    );
    expect(row).toMatchObject({ name: 'Alex Smith', role: 'Senior practitioner', contracted: '1.0', employed: 'Since 1 September 2005' });
    expect(row.secondments.map((s) => [s.id, s.status, s.period, s.actions.map((a) => a.label)])).toEqual([
      ['b', 'Proposed', '1 June 2018 to 31 May 2019', ['Approve', 'Cancel']],
      ['a', 'Ended', '9 January 2017 to 31 March 2018 (planned to 30 June 2018)', []],
    ]);
    expect(row.secondments[0].partnership).toBe('Hampshire support to Torbay children’s services');
  });
});
