import { capacityView } from './capacity-view.js';
import { PROPOSED, type SecondedLoad } from './seconded-shares.js';
import { point, team } from './capacity-test-data.js';

const titles = new Map([['torbay', 'Hampshire support to Torbay children’s services']]);
const torbay: SecondedLoad = { teamId: 'team-1', partnershipId: 'torbay', milliFte: 1500, start: '2017-01-02', end: '2017-01-15' };

function timeline(secondedOut: number[], breaches: { start: string; end: string }[] = []) {
  const dates = ['2017-01-02', '2017-01-09', '2017-01-16'];
  return {
    councilCode: 'E10000014',
    from: '2017-01-02',
    to: '2017-01-22',
    granularity: 'week' as const,
    teams: [
      team(
        dates.map((date, i) => point(date, { contracted: 38, secondedOut: secondedOut[i], floor: 35.7 })),
        breaches,
      ),
    ],
  };
}

describe('the capacity page’s chart and table', () => {
  it('draws an accessible SVG with the floor line, home FTE and each partnership’s share', () => {
    const [view] = capacityView(timeline([1.5, 1.5, 0]), [torbay], titles).teams;
    expect(view.svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="capacity-chart-1-title capacity-chart-1-desc"/);
    expect(view.svg).toContain(
      '<title id="capacity-chart-1-title">Children in Care, Winchester: home FTE against the retention floor, 2 January 2017 to 22 January 2017</title>',
    );
    expect(view.svg).toContain('class="app-capacity-chart__floor"');
    expect(view.svg).toContain('data-share="torbay"');
    expect(view.svg).toContain('Floor 35.7');
    expect(view.svg).toContain('It never falls below the floor.');
    expect(view.svg).toContain('Seconded out: Hampshire support to Torbay children’s services (at most 1.5 FTE).');
    expect(view.legend.map((entry) => entry.label)).toEqual([
      'Home FTE',
      'Retention floor',
      'Hampshire support to Torbay children’s services',
    ]);
  });

  it('marks the days below the floor and says them in words', () => {
    const breaches = [{ start: '2017-01-09', end: '2017-01-12' }];
    const [view] = capacityView(timeline([1.5, 2.5, 0], breaches), [torbay], titles).teams;
    expect(view.daysBelowFloor).toBe(4);
    expect(view.svg.match(/class="app-capacity-chart__breach"/g)).toHaveLength(1);
    expect(view.svg).toContain('It is below the floor on 4 days: 9 January 2017 to 12 January 2017.');
    expect(view.leastHeadroom).toBe('-0.2');
    expect(view.legend.at(-1)).toEqual({ label: 'Days below the floor', swatch: 'band', colour: '#d4351c' });
  });

  it('hatches proposed secondments of a what-if and names them as not saved', () => {
    const proposal: SecondedLoad = { teamId: 'team-1', partnershipId: PROPOSED, milliFte: 1000, start: '2017-01-16', end: '2017-01-22' };
    const [view] = capacityView(timeline([1.5, 1.5, 1]), [torbay, proposal], titles).teams;
    expect(view.svg).toContain('data-share="proposed" d="');
    expect(view.svg).toContain('fill="url(#capacity-chart-1-hatch)"');
    expect(view.legend).toContainEqual({ label: 'Proposed (what-if, not saved)', swatch: 'hatch', colour: '#d4351c' });
  });

  it('gives the same numbers as a table, one row where the figures stay the same', () => {
    const [view] = capacityView(timeline([1.5, 1.5, 0]), [torbay], titles).teams;
    expect(view.table.shareLabels).toEqual(['Hampshire support to Torbay children’s services']);
    expect(view.table.rows).toEqual([
      {
        period: '2 January 2017 to 15 January 2017',
        contracted: '38.0',
        shares: ['1.5'],
        secondedOut: '1.5',
        home: '36.5',
        floor: '35.7',
        headroom: '0.8',
        belowFloor: false,
      },
      {
        period: '16 January 2017 to 22 January 2017',
        contracted: '38.0',
        shares: ['0.0'],
        secondedOut: '0.0',
        home: '38.0',
        floor: '35.7',
        headroom: '2.3',
        belowFloor: false,
      },
    ]);
  });

  it('keeps a partnership’s colour the same in every team’s chart', () => {
    const both = timeline([1.5, 1.5, 0]);
    both.teams.push({ ...both.teams[0], teamId: 'team-2', teamName: 'Leaving Care, Andover' });
    const view = capacityView(both, [torbay, { ...torbay, teamId: 'team-2' }], titles);
    expect(view.teams[0].legend[2].colour).toBe(view.teams[1].legend[2].colour);
    expect(view.teams[1].id).toBe('capacity-chart-2');
  });

  it('escapes names in the SVG', () => {
    const named = timeline([0, 0, 0]);
    named.teams[0].teamName = 'Fostering & Adoption <Havant>';
    expect(capacityView(named, [], titles).teams[0].svg).toContain('Fostering &amp; Adoption &lt;Havant&gt;');
  });
});
