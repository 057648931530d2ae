import type { Intervention } from '../partnerships/api-types.js';
import { interventionListRow, interventionView } from './intervention-view.js';

const councils = new Map([
  ['E10000002', 'Buckinghamshire County Council'],
  ['E10000014', 'Hampshire County Council'],
]);
const buckinghamshire: Intervention = {
  id: 'i1',
  supportedCouncilCode: 'E10000002',
  triggerJudgement: 'inadequate',
  triggerJudgementDate: '2017-11-24',
  statutoryDirectionDate: '2018-01-09',
  commissionerName: 'John Coughlan',
  reviewDeadline: '2018-04-09',
  recommendation: 'retain_in_house',
  improvementAdviserCouncilCode: 'E10000014',
  directionLiftedOn: null,
  version: 1,
};

describe('the interventions pages for commissioners', () => {
  it('shows the intervention, its commissioner and recommendation, and the partnerships’ clocks', () => {
    const view = interventionView(
      buckinghamshire,
      [
        {
          id: 'p1',
          title: 'Hampshire support for Buckinghamshire',
          stage: 'active',
          dueDates: [{ kind: 'commissioner_review', dueOn: '2018-10-01', label: 'Commissioner’s review due', status: 'upcoming' }],
        } as never,
      ],
      councils,
    );
    expect(view.title).toBe('Intervention in Buckinghamshire County Council');
    const value = (key: string) => view.rows.find((r) => r.key.text === key)?.value.text;
    expect(value('Ofsted judgement')).toBe('Inadequate, 24 November 2017');
    expect(value('Recommendation')).toBe('Keep the service in house');
    expect(value('Improvement adviser')).toBe('Hampshire County Council');
    expect(value('Direction lifted')).toBe('Still in force');
    expect(view.partnerships[0].clocks).toEqual([
      [{ text: 'Commissioner’s review due' }, { text: '1 October 2018' }, { text: 'Upcoming' }],
    ]);
  });

  it('lists an intervention with its council linked and escaped', () => {
    const row = interventionListRow(buckinghamshire, new Map([['E10000002', 'Bucks & <Co>']]));
    expect(row[0].html).toBe('<a class="govuk-link" href="/interventions/i1">Bucks &#38; &#60;Co&#62;</a>');
    expect(row[2].text).toBe('In force');
  });
});
