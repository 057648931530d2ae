import { londonToday, nextActionView } from './next-action-view.js';

const councils = new Map([
  ['E10000014', 'Hampshire County Council'],
  ['E10000002', 'Buckinghamshire County Council'],
]);
const parties = { leadCouncilCode: 'E10000014', supportedCouncilCode: 'E10000002' };

describe('who acts next and by when', () => {
  it('names the role and the council, and what they must do', () => {
    const view = nextActionView(
      { by: ['director'], council: 'lead', action: 'endorse, or send back with comments' },
      parties,
      councils,
      '2018-04-01',
    );
    expect(view).toEqual({
      who: 'The director of children’s services of Hampshire County Council',
      what: 'Endorse, or send back with comments',
      dueBy: null,
      overdue: false,
    });
  });

  it('gives the due date and flags it overdue once it has passed', () => {
    const signing = { by: ['chief_executive'], council: 'either' as const, action: 'sign', dueBy: '2018-04-23' };
    expect(nextActionView(signing, parties, councils, '2018-04-23')).toMatchObject({
      who: 'The chief executive of Hampshire County Council or Buckinghamshire County Council',
      dueBy: '23 April 2018',
      overdue: false,
    });
    expect(nextActionView(signing, parties, councils, '2018-04-24')?.overdue).toBe(true);
  });

  it('names the commissioner beside the councils’ officers, and says when nobody needs to act', () => {
    const review = { by: ['commissioner', 'chief_executive'], council: 'either' as const, action: 'record reviews' };
    expect(nextActionView(review, parties, councils, '2019-01-01')?.who).toBe(
      'The chief executive of Hampshire County Council or Buckinghamshire County Council or the DfE commissioner',
    );
    expect(nextActionView({ by: [], council: 'none', action: 'secondments are ending' }, parties, councils, '2022-01-01')?.who).toBe(
      'Nobody: Accord moves it on by itself',
    );
    expect(nextActionView(null, parties, councils, '2022-01-01')).toBeNull();
  });

  it('counts today in London, where a late evening in summer is already tomorrow', () => {
    expect(londonToday(new Date('2018-06-30T23:30:00Z'))).toBe('2018-07-01');
    expect(londonToday(new Date('2018-12-31T23:30:00Z'))).toBe('2018-12-31');
  });
});
