import { inboxRows, type Inbox } from './inbox-view.js';

const partnership = {
  id: 'p1',
  title: 'Hampshire support for Buckinghamshire children’s services',
  stage: 'sign_off' as const,
  leadCouncil: { code: 'E10000014', name: 'Hampshire County Council' },
  supportedCouncil: { code: 'E10000002', name: 'Buckinghamshire County Council' },
};

describe('what needs you: the inbox on the home page', () => {
  it('links each action to its confirmation page, with the due date, the working days left and lateness', () => {
    const inbox: Inbox = {
      today: '2018-04-24',
      items: [
        {
          kind: 'sign',
          action: 'Sign the partnership agreement for your council',
          partnership,
          dueOn: '2018-04-23',
          workingDaysLeft: -1,
          overdue: true,
          actionPath: '',
          partnershipPath: '',
        },
        {
          kind: 'record_review',
          action: 'Record the review',
          partnership,
          dueOn: '2018-04-30',
          workingDaysLeft: 4,
          overdue: false,
          actionPath: '',
          partnershipPath: '',
        },
        {
          kind: 'decide_failed_capacity_check',
          action: 'Decide',
          partnership,
          dueOn: null,
          workingDaysLeft: null,
          overdue: false,
          actionPath: '',
          partnershipPath: '',
        },
      ],
    };
    expect(inboxRows(inbox).map((row) => [row.href, row.due, row.daysLeft, row.overdue])).toEqual([
      ['/partnerships/p1/actions/sign', '23 April 2018', '1 working day late', true],
      ['/partnerships/p1/actions/record-review', '30 April 2018', '4 working days left', false],
      ['/partnerships/p1', 'No due date', '', false],
    ]);
    expect(inboxRows(inbox)[0].councils).toBe('Hampshire County Council supporting Buckinghamshire County Council');
  });

  it('sends HR to the person seconded', () => {
    const [row] = inboxRows({
      today: '2026-01-05',
      items: [
        {
          kind: 'start_secondment',
          action: 'Start the secondment',
          partnership,
          secondment: { id: 's1', staffMemberId: 'm1', staffMemberName: 'Alex Smith', fte: 0.5, start: '2026-01-05', end: '2026-12-31' },
          dueOn: '2026-01-05',
          workingDaysLeft: 0,
          overdue: false,
          actionPath: '',
          partnershipPath: '',
        },
      ],
    });
    expect([row.href, row.action, row.daysLeft]).toEqual([
      '/staff/m1',
      'Start the secondment: Alex Smith, 0.5 FTE from 5 January 2026',
      'Due today',
    ]);
  });
});
