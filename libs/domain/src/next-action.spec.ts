import { englandAndWalesCalendar } from './bank-holidays.js';
import { nextActionFor } from './next-action.js';

const calendar = englandAndWalesCalendar();

describe('who acts next, and by when', () => {
  it('asks scrutiny to call in by the call-in deadline, then, once called in, for their outcome', () => {
    expect(nextActionFor('call_in_window', { callInDeadline: '2018-04-23' })).toMatchObject({ by: ['scrutiny'], dueBy: '2018-04-23' });
    expect(nextActionFor('call_in_window', { calledIn: true, callInDeadline: '2018-04-23' })).toMatchObject({
      action: expect.stringContaining('scrutiny outcome'),
    });
    expect(nextActionFor('call_in_window', { calledIn: true })?.dueBy).toBeUndefined();
  });

  it('wants the signatures by the lead council’s reminder, in working days from the day sign-off opened', () => {
    // Opened Thu 29 March 2018: (Good Friday, the weekend, Easter Monday) 3, 4, 5, 6, 9 April.
    const action = nextActionFor(
      'sign_off',
      { signOffOpenedOn: '2018-03-29', signOffReminderWorkingDays: 5, awaitingSignatureFrom: ['E10000002'] },
      calendar,
    );
    expect(action).toMatchObject({ dueBy: '2018-04-09', action: 'sign: waiting for the chief executive of E10000002' });
  });

  it('gives the next due date while active and the review’s while under review', () => {
    expect(nextActionFor('active', { nextDueOn: '2018-08-01' })?.dueBy).toBe('2018-08-01');
    expect(nextActionFor('under_review', { nextDueOn: '2018-08-01' })).toMatchObject({
      dueBy: '2018-08-01',
      by: expect.arrayContaining(['commissioner']),
    });
  });

  it('says what a failed capacity check found, and the two ways on: override with the chief executive’s reason, or send back', () => {
    const failed = nextActionFor('capacity_check', {
      capacityCheckFailure: 'Children in Care, Winchester falls 0.6 FTE below its retention floor on 2026-03-02',
    });
    expect(failed).toEqual({
      by: ['chief_executive', 'director'],
      council: 'lead',
      action:
        'the capacity check failed: Children in Care, Winchester falls 0.6 FTE below its retention floor on 2026-03-02. Either the ' +
        'chief executive overrides it with their reason (override-capacity), or the chief executive or director sends the ' +
        'partnership back to draft (send-back)',
    });
    expect(nextActionFor('capacity_check')?.action).toBe('wait for the capacity check; if it fails, override with a reason or send back');
  });

  it('waits for the end of a hand-back period, and has nothing to ask once ended', () => {
    expect(nextActionFor('exiting', { handBackUntil: '2025-01-31' })).toMatchObject({ council: 'none', dueBy: '2025-01-31' });
    expect(nextActionFor('completed')).toBeNull();
    expect(nextActionFor('withdrawn')).toBeNull();
  });

  it('sets no date where no rule gives one', () => {
    expect(nextActionFor('cabinet_decision')?.dueBy).toBeUndefined();
    expect(nextActionFor('sign_off', {})?.dueBy).toBeNull();
  });
});
