import type { InboxRow } from './inbox.sql.js';
import { inboxItems } from './inbox.service.js';

const row = (overrides: Partial<InboxRow>): InboxRow => ({
  kind: 'endorse',
  partnership_id: '00000000-0000-4000-8000-000000000001',
  title: 'Hampshire supports Buckinghamshire',
  stage: 'officer_review',
  lead_council_code: 'E10000014',
  lead_council_name: 'Hampshire County Council',
  supported_council_code: 'E10000002',
  supported_council_name: 'Buckinghamshire Council',
  acting_for: 'E10000014',
  due_on: null,
  sign_off_opened_at: null,
  reminder_working_days: null,
  secondment_id: null,
  staff_member_id: null,
  staff_member_name: null,
  fte: null,
  secondment_start: null,
  secondment_end: null,
  ...overrides,
});

describe('the inbox items made of the query’s rows', () => {
  // Monday 21 December 2026: Christmas Day and Boxing Day (substitute Monday 28th) fall in the next week.
  const today = '2026-12-21';

  it('counts England and Wales working days left, negative and overdue once the day has passed', () => {
    const [overdue, dueLater] = inboxItems(
      [
        row({ kind: 'call_in', due_on: '2026-12-30', partnership_id: 'b' }),
        row({ kind: 'call_in', due_on: '2026-12-17', partnership_id: 'a' }),
      ],
      today,
    );
    expect(overdue).toMatchObject({ dueOn: '2026-12-17', workingDaysLeft: -2, overdue: true });
    // 22, 23, 24, 29, 30 December: the 25th, the 28th (Boxing Day's substitute) and the weekend do not count.
    expect(dueLater).toMatchObject({ dueOn: '2026-12-30', workingDaysLeft: 5, overdue: false });
  });

  it('asks for a signature by the lead council’s reminder day, counted in working days from the day sign-off opened', () => {
    const [sign] = inboxItems(
      [row({ kind: 'sign', stage: 'sign_off', sign_off_opened_at: new Date('2026-12-18T15:00:00Z'), reminder_working_days: 3 })],
      today,
    );
    expect(sign).toMatchObject({
      dueOn: '2026-12-23',
      workingDaysLeft: 2,
      overdue: false,
      actionPath: expect.stringMatching(/\/actions\/sign$/),
    });
  });

  it('puts the soonest due first and those with no due day last', () => {
    const items = inboxItems(
      [
        row({ kind: 'endorse', partnership_id: 'c' }),
        row({ kind: 'call_in', due_on: '2027-01-05', partnership_id: 'b' }),
        row({
          kind: 'approve_secondment',
          due_on: '2026-12-22',
          secondment_id: 's',
          staff_member_id: 'm',
          staff_member_name: 'Alex Smith',
          fte: '0.500',
          secondment_start: '2026-12-22',
          secondment_end: '2027-06-30',
        }),
      ],
      today,
    );
    expect(items.map((item) => item.kind)).toEqual(['approve_secondment', 'call_in', 'endorse']);
    expect(items[0]).toMatchObject({
      secondment: { fte: 0.5, staffMemberName: 'Alex Smith' },
      actionPath: '/api/v1/secondments/s/approve',
    });
  });
});
