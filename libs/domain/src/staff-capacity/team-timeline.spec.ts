import fc from 'fast-check';
import { greatCircleMiles } from './capacity-check.js';
import { dateOfDay, dayNumber } from '../calendar-date.js';
import { floorOf, teamTimeline, type CapacityStaffMember, type CapacityTeam, type CountedSecondment } from './team-timeline.js';
import { breaches, byWeek } from './timeline-summary.js';

const team: CapacityTeam = { id: 't', name: 'Assessment', establishment: 4000, retentionFloorPermille: 850 };
const member = (
  id: string,
  contracted: number,
  employmentStart = '2010-01-01',
  employmentEnd: string | null = null,
): CapacityStaffMember => ({
  id,
  teamId: 't',
  contracted,
  employmentStart,
  employmentEnd,
});

describe('a team’s home capacity day by day', () => {
  // Four people: three full-time and one at 0.6 FTE, establishment 4.0, floor 0.85 × 4.0 = 3.4 FTE.
  const staff = [member('a', 1000), member('b', 1000), member('c', 1000), member('d', 600)];

  it('rounds the floor up so it is never understated', () => {
    expect(floorOf(team)).toBe(3400);
    expect(floorOf({ ...team, establishment: 24_500, retentionFloorPermille: 850 })).toBe(20_825);
    expect(floorOf({ ...team, establishment: 1001, retentionFloorPermille: 333 })).toBe(334);
  });

  it('takes a mid-week secondment off home capacity only on its days, and flags the days below the floor', () => {
    // Wednesday 6 to Tuesday 12 March 2019, 0.5 FTE of a: home 3.6 − 0.5 = 3.1 < 3.4.
    const secondment: CountedSecondment = { staffMemberId: 'a', milliFte: 500, start: '2019-03-06', end: '2019-03-12' };
    const days = teamTimeline(team, staff, [secondment], { start: '2019-03-04', end: '2019-03-17' });
    expect(days.find((day) => day.date === '2019-03-05')).toMatchObject({
      contracted: 3600,
      secondedOut: 0,
      home: 3600,
      headroom: 200,
      belowFloor: false,
    });
    expect(days.find((day) => day.date === '2019-03-06')).toMatchObject({ secondedOut: 500, home: 3100, headroom: -300, belowFloor: true });
    expect(breaches(days)).toEqual([{ start: '2019-03-06', end: '2019-03-12' }]);
    const weeks = byWeek(days);
    expect(weeks.map((week) => [week.weekStart, week.worst.home])).toEqual([
      ['2019-03-04', 3100],
      ['2019-03-11', 3100],
    ]);
  });

  it('stops counting a leaver, and their secondment, after their last day', () => {
    const withLeaver = [...staff.slice(1), member('a', 1000, '2010-01-01', '2019-03-08')];
    const secondment: CountedSecondment = { staffMemberId: 'a', milliFte: 1000, start: '2019-03-01', end: '2019-03-31' };
    const days = teamTimeline(team, withLeaver, [secondment], { start: '2019-03-07', end: '2019-03-10' });
    expect(days.map((day) => [day.contracted, day.secondedOut, day.home])).toEqual([
      [3600, 1000, 2600],
      [3600, 1000, 2600],
      [2600, 0, 2600],
      [2600, 0, 2600],
    ]);
  });

  it('is not changed by a bank holiday: Good Friday counts like any day', () => {
    const days = teamTimeline(team, staff, [], { start: '2019-04-18', end: '2019-04-22' });
    expect(new Set(days.map((day) => day.home))).toEqual(new Set([3600]));
  });

  describe('properties', () => {
    const base = dayNumber('2019-01-01');
    const world = fc.record({
      staff: fc.array(
        fc.record({
          contracted: fc.integer({ min: 100, max: 1000 }),
          start: fc.integer({ min: -30, max: 60 }),
          length: fc.option(fc.integer({ min: 0, max: 90 })),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      secondments: fc.array(
        fc.record({
          who: fc.nat(),
          share: fc.integer({ min: 1, max: 1000 }),
          start: fc.integer({ min: 0, max: 80 }),
          length: fc.integer({ min: 0, max: 30 }),
        }),
        { maxLength: 8 },
      ),
    });
    interface RawWorld {
      staff: { contracted: number; start: number; length: number | null }[];
      secondments: { who: number; share: number; start: number; length: number }[];
    }
    const build = (raw: RawWorld) => {
      const people = raw.staff.map((s, index) =>
        member(`p${index}`, s.contracted, dateOfDay(base + s.start), s.length === null ? null : dateOfDay(base + s.start + s.length)),
      );
      const secondments = raw.secondments.map((s) => {
        const person = people[s.who % people.length];
        return {
          staffMemberId: person.id,
          milliFte: Math.min(s.share, person.contracted),
          start: dateOfDay(base + s.start),
          end: dateOfDay(base + s.start + s.length),
        };
      });
      return { people, secondments };
    };
    const range = { start: dateOfDay(base), end: dateOfDay(base + 100) };

    it('does not depend on the order of the rows', () => {
      fc.assert(
        fc.property(world, ({ staff: s, secondments: sec }) => {
          const { people, secondments } = build({ staff: s, secondments: sec });
          const forward = teamTimeline(team, people, secondments, range);
          const backward = teamTimeline(team, [...people].reverse(), [...secondments].reverse(), range);
          return JSON.stringify(forward) === JSON.stringify(backward);
        }),
      );
    });

    it('splits: the timeline of two halves is the timeline of the whole', () => {
      fc.assert(
        fc.property(world, fc.integer({ min: 0, max: 99 }), ({ staff: s, secondments: sec }, cut) => {
          const { people, secondments } = build({ staff: s, secondments: sec });
          const whole = teamTimeline(team, people, secondments, range);
          const first = teamTimeline(team, people, secondments, { start: range.start, end: dateOfDay(base + cut) });
          const second = teamTimeline(team, people, secondments, { start: dateOfDay(base + cut + 1), end: range.end });
          return JSON.stringify([...first, ...second]) === JSON.stringify(whole);
        }),
      );
    });

    /** Contracted and seconded FTE of the team on `date`, counted person by person and secondment by secondment. */
    const naiveDay = (people: ReturnType<typeof build>['people'], secondments: ReturnType<typeof build>['secondments'], date: string) => {
      const employed = people.filter((p) => p.employmentStart <= date && (p.employmentEnd === null || date <= p.employmentEnd));
      const contracted = employed.reduce((sum, p) => sum + p.contracted, 0);
      const seconded = secondments
        .filter((x) => x.start <= date && date <= x.end && employed.some((p) => p.id === x.staffMemberId))
        .reduce((sum, x) => sum + x.milliFte, 0);
      return { contracted, seconded };
    };

    it('agrees with a naive day-by-day count, overlapping secondments of one person included', () => {
      fc.assert(
        fc.property(world, ({ staff: s, secondments: sec }) => {
          const { people, secondments } = build({ staff: s, secondments: sec });
          return teamTimeline(team, people, secondments, range).every((day) => {
            const { contracted, seconded } = naiveDay(people, secondments, day.date);
            return day.contracted === contracted && day.secondedOut === seconded && day.home === contracted - seconded;
          });
        }),
      );
    });

    it('never puts home FTE below zero when each person is lent out at most once', () => {
      fc.assert(
        fc.property(world, ({ staff: s, secondments: sec }) => {
          const once = sec.filter((x, index) => sec.findIndex((y) => y.who % s.length === x.who % s.length) === index);
          const { people, secondments } = build({ staff: s, secondments: once });
          return teamTimeline(team, people, secondments, range).every((day) => day.home >= 0);
        }),
      );
    });
  });
});

describe('distance between council headquarters', () => {
  const winchester = { latitude: 51.0632, longitude: -1.319 };
  const aylesbury = { latitude: 51.8168, longitude: -0.8124 };

  it('puts Winchester about 57 miles from Aylesbury as the crow flies (about 80 by road)', () => {
    const miles = greatCircleMiles(winchester, aylesbury);
    expect(miles).toBeGreaterThan(54);
    expect(miles).toBeLessThan(60);
  });

  it('is symmetric and zero from a place to itself', () => {
    expect(greatCircleMiles(aylesbury, winchester)).toBeCloseTo(greatCircleMiles(winchester, aylesbury), 9);
    expect(greatCircleMiles(winchester, winchester)).toBe(0);
  });
});
