import { englandAndWalesCalendar } from './bank-holidays.js';
import { clocksAhead, firstReviewDue, interventionClocks, nextReviewDue, reminderFor } from './partnership-clocks.js';

const calendar = englandAndWalesCalendar();

describe('the clocks of an intervention', () => {
  // Buckinghamshire: inadequate on 24 November 2017; the commissioner's review due by 30 April 2018.
  const buckinghamshire = { triggerJudgement: 'inadequate', triggerJudgementDate: '2017-11-24', reviewDeadline: '2018-04-30' } as const;

  it('wants the action plan 70 working days after an inadequate judgement, over Christmas and New Year', () => {
    // 25 Nov 2017 to 7 Mar 2018 holds 70 working days once 25, 26 Dec and 1 Jan are taken out.
    const actionPlan = interventionClocks(buckinghamshire, calendar).find((clock) => clock.kind === 'action_plan');
    expect(actionPlan).toMatchObject({ dueOn: '2018-03-07', remindOn: '2018-02-28' });
  });

  it('puts the commissioner’s deadline, the action plan and six quarterly monitoring visits in date order', () => {
    const clocks = interventionClocks(buckinghamshire, calendar);
    expect(clocks.map((clock) => `${clock.kind} ${clock.dueOn}`)).toEqual([
      'action_plan 2018-03-07',
      'commissioner_review 2018-04-30',
      'monitoring_visit 2018-06-07',
      'monitoring_visit 2018-09-07',
      'monitoring_visit 2018-12-07',
      'monitoring_visit 2019-03-07',
      'monitoring_visit 2019-06-07',
      'monitoring_visit 2019-09-07',
    ]);
  });

  it('reminds five working days before, stepping over the early May bank holiday', () => {
    // Before Mon 30 April 2018: Fri 27, Thu 26, Wed 25, Tue 24, Mon 23.
    expect(interventionClocks(buckinghamshire, calendar).find((clock) => clock.kind === 'commissioner_review')?.remindOn).toBe(
      '2018-04-23',
    );
    // Before Fri 11 May 2018: Thu 10, Wed 9, Tue 8, (Mon 7 holiday) Fri 4, Thu 3.
    expect(reminderFor('2018-05-11', calendar)).toBe('2018-05-03');
  });

  it('starts no Ofsted clocks for a council that requires improvement and has no commissioner', () => {
    expect(
      interventionClocks({ triggerJudgement: 'requires_improvement', triggerJudgementDate: '2019-01-10', reviewDeadline: null }, calendar),
    ).toEqual([]);
  });

  it('still reminds, on a weekday, in a year the holiday list does not cover', () => {
    const clocks = interventionClocks(
      { triggerJudgement: 'inadequate', triggerJudgementDate: '2027-10-01', reviewDeadline: null },
      calendar,
    );
    expect(clocks[0].kind).toBe('action_plan');
    expect(clocks[0].dueOn > '2028-01-01').toBe(true);
    expect(clocks.every((clock) => clock.remindOn !== null && clock.remindOn < clock.dueOn)).toBe(true);
  });

  it('leaves out the clocks that ran out before the partnership became active', () => {
    const clocks = interventionClocks(buckinghamshire, calendar);
    expect(clocksAhead(clocks, '2018-05-01').map((clock) => clock.dueOn)).toEqual([
      '2018-06-07',
      '2018-09-07',
      '2018-12-07',
      '2019-03-07',
      '2019-06-07',
      '2019-09-07',
    ]);
    expect(clocksAhead(clocks, '2018-04-30')[0].kind).toBe('commissioner_review');
  });
});

describe('periodic reviews', () => {
  it('falls due a quarter after the planned start', () => {
    expect(firstReviewDue('2018-05-01', '2018-04-20')).toBe('2018-08-01');
  });

  it('falls due a quarter after activation when the signatures came after the planned start', () => {
    expect(firstReviewDue('2018-05-01', '2018-06-15')).toBe('2018-09-15');
  });

  it('takes the next review date a review sets, or a quarter on', () => {
    expect(nextReviewDue('2018-08-03', '2018-10-01')).toBe('2018-10-01');
    expect(nextReviewDue('2018-11-30', null)).toBe('2019-02-28');
    expect(nextReviewDue('2018-11-30', undefined, 1)).toBe('2018-12-30');
  });
});
