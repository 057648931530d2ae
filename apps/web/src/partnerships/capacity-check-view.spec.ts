import { capacityCheckView } from './capacity-check-view.js';

describe('the capacity check on the partnership page', () => {
  it('puts the team below its floor first, with its least headroom and the days below the floor', () => {
    const view = capacityCheckView({
      outcome: 'fail',
      period: { start: '2018-05-01', end: '2022-03-31' },
      teams: [
        { teamId: 'a', teamName: 'Basingstoke assessment', minimumHeadroomFte: 0.8, minimumOn: '2018-05-01', breaches: [] },
        {
          teamId: 'b',
          teamName: 'Winchester child protection',
          minimumHeadroomFte: -1.5,
          minimumOn: '2018-06-04',
          breaches: [
            { start: '2018-06-04', end: '2018-06-29' },
            { start: '2018-09-03', end: '2018-09-03' },
          ],
        },
      ],
      risks: [{ category: 'travel_distance', detail: 'the councils’ headquarters are 57 miles apart as the crow flies' }],
      distanceMiles: 57,
    });
    expect(view.outcome).toEqual({ text: 'Fail', classes: 'govuk-tag--red' });
    expect(view.period).toBe('1 May 2018 to 31 March 2022');
    expect(view.teamRows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Winchester child protection', '-1.5 FTE on 4 June 2018', '4 June 2018 to 29 June 2018; 3 September 2018'],
      ['Basingstoke assessment', '0.8 FTE on 1 May 2018', 'None'],
    ]);
    expect(view.risks).toEqual(['The councils’ headquarters are 57 miles apart as the crow flies']);
  });

  it('words a pass and a warning', () => {
    const base = { period: { start: '2018-05-01', end: '2018-06-01' }, teams: [], risks: [] };
    expect(capacityCheckView({ ...base, outcome: 'pass' }).outcome.text).toBe('Pass');
    expect(capacityCheckView({ ...base, outcome: 'warn' }).summary).toContain('come close');
  });
});
