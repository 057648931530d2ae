import { portfolioView } from './portfolio-view.js';
import { portfolioWindows } from './portfolio-windows.js';

const partnership = (
  id: string,
  title: string,
  supportedCouncilCode: string,
  plannedStart: string,
  plannedEnd: string,
  stage: 'completed' | 'draft',
) => ({
  id,
  title,
  leadCouncilCode: 'E10000014',
  supportedCouncilCode,
  plannedStart,
  plannedEnd,
  stage,
  workflowId: `partnership-${id}`,
  kind: 'improvement_partner' as const,
  serviceArea: 'children_services' as const,
});

describe('a lead council’s portfolio', () => {
  const partnerships = [
    partnership('bucks', 'Hampshire and Buckinghamshire', 'E10000002', '2018-06-01', '2020-05-31', 'draft'),
    partnership('iow', 'Hampshire and Isle of Wight', 'E06000046', '2013-04-01', '2024-01-31', 'completed'),
    partnership('torbay', 'Hampshire support to Torbay', 'E06000027', '2016-06-01', '2018-06-30', 'completed'),
  ];
  const names = new Map([
    ['E06000046', 'Isle of Wight Council'],
    ['E06000027', 'Torbay Council'],
  ]);

  it('lists every partnership in the order they started, with the FTE each takes now and at its busiest', () => {
    const view = portfolioView(
      partnerships,
      [
        {
          partnershipId: 'torbay',
          title: 't',
          supportedCouncilCode: 'E06000027',
          stage: 'completed',
          fteNow: 0,
          weekly: [{ weekStart: '2017-01-09', fte: 1.5 }],
        },
        {
          partnershipId: 'torbay',
          title: 't',
          supportedCouncilCode: 'E06000027',
          stage: 'completed',
          fteNow: 0,
          weekly: [{ weekStart: '2018-06-25', fte: 1 }],
        },
        { partnershipId: 'bucks', title: 'b', supportedCouncilCode: 'E10000002', stage: 'draft', fteNow: 0.5, weekly: [] },
      ],
      names,
      '2026-11-30',
    );
    expect(view.rows.map((row) => [row.supportedCouncil, row.period, row.stage, row.fteNow, row.peakFte, row.peakWhen])).toEqual([
      ['Isle of Wight Council', '1 April 2013 to 31 January 2024', 'Completed', '0.0', '0.0', ''],
      ['Torbay Council', '1 June 2016 to 30 June 2018', 'Completed', '0.0', '1.5', 'week of 9 January 2017'],
      ['E10000002', '1 June 2018 to 31 May 2020', 'Draft', '0.5', '0.0', ''],
    ]);
    expect(view.totalFteNow).toBe('0.5');
  });

  it('draws them on a timeline from the first year to today, described in words', () => {
    const { svg } = portfolioView(partnerships, [], names, '2026-11-30');
    expect(svg).toMatch(/role="img" aria-labelledby="portfolio-title portfolio-desc"/);
    expect(svg).toContain('<title id="portfolio-title">Partnerships led, 2013 to 2026</title>');
    expect(svg).toContain('Hampshire support to Torbay: 1 June 2016 to 30 June 2018, completed, 0.0 FTE seconded today.');
    expect(svg.match(/<rect /g)).toHaveLength(3);
  });

  it('reads weekly figures in windows of at most three years', () => {
    expect(portfolioWindows('2013-04-01', '2020-05-31')).toEqual([
      { from: '2013-04-01', to: '2016-03-31' },
      { from: '2016-04-01', to: '2019-03-31' },
      { from: '2019-04-01', to: '2020-05-31' },
    ]);
    expect(portfolioWindows('2020-02-29', '2023-03-01')).toEqual([
      { from: '2020-02-29', to: '2023-02-27' },
      { from: '2023-02-28', to: '2023-03-01' },
    ]);
  });
});
