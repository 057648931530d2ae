import fc from 'fast-check';
import { dateOfDay, dayNumber } from '../calendar-date.js';
import { breachSpans, dateWriter, teamDayColumns, tightestDayIndex, weeklyWorstDays, type TeamFigures } from './capacity-columns.js';
import { secondmentSpanOf, staffSpanOf, teamDayAt, teamTimeline, type CapacityStaffMember } from './team-timeline.js';
import { breaches, byWeek, tightestDay } from './timeline-summary.js';

const teams: TeamFigures[] = [
  { id: 'a', name: 'Assessment', establishment: 4000, retentionFloorPermille: 850 },
  { id: 'b', name: 'Board', establishment: 2500, retentionFloorPermille: 900 },
];
const base = dayNumber('2019-01-01');

const world = fc.record({
  staff: fc.array(
    fc.record({
      team: fc.constantFrom('a', 'b', 'elsewhere'),
      contracted: fc.integer({ min: 100, max: 1000 }),
      start: fc.integer({ min: -30, max: 60 }),
      length: fc.option(fc.integer({ min: 0, max: 90 })),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  secondments: fc.array(
    fc.record({
      who: fc.nat(),
      share: fc.integer({ min: 1, max: 1000 }),
      start: fc.integer({ min: -10, max: 100 }),
      length: fc.integer({ min: 0, max: 30 }),
    }),
    { maxLength: 10 },
  ),
  first: fc.integer({ min: 0, max: 20 }),
  length: fc.integer({ min: 1, max: 80 }),
});

function build(raw: typeof world extends fc.Arbitrary<infer T> ? T : never) {
  const people: CapacityStaffMember[] = raw.staff.map((s, index) => ({
    id: `p${index}`,
    teamId: s.team,
    contracted: s.contracted,
    employmentStart: dateOfDay(base + s.start),
    employmentEnd: s.length === null ? null : dateOfDay(base + s.start + s.length),
  }));
  const secondments = raw.secondments.map((s) => {
    const person = people[s.who % people.length];
    return {
      staffMemberId: person.id,
      milliFte: Math.min(s.share, person.contracted),
      start: dateOfDay(base + s.start),
      end: dateOfDay(base + s.start + s.length),
    };
  });
  const first = base + raw.first;
  const last = first + raw.length - 1;
  return { people, secondments, first, last, range: { start: dateOfDay(first), end: dateOfDay(last) } };
}

describe('capacity on day numbers, all teams at once', () => {
  it('gives each team what its own day-by-day timeline gives, with the same weeks, breaches and tightest day', () => {
    fc.assert(
      fc.property(world, (raw) => {
        const { people, secondments, first, last, range } = build(raw);
        const date = dateWriter(first, last);
        const columns = teamDayColumns(teams, people.map(staffSpanOf), secondments.map(secondmentSpanOf), first, last);
        return columns.every((team, index) => {
          const days = teamTimeline(teams[index], people, secondments, range);
          const weeks = weeklyWorstDays(team).map((week) => ({
            ...teamDayAt(team, week.worst, date(first + week.worst)),
            date: date(first + week.start),
          }));
          const expectedWeeks = byWeek(days).map((week) => ({ ...week.worst, date: week.weekStart }));
          const spans = breachSpans(team).map((span) => ({ start: date(span.from), end: date(span.to) }));
          const tightest = tightestDayIndex(team);
          return (
            JSON.stringify(weeks) === JSON.stringify(expectedWeeks) &&
            JSON.stringify(spans) === JSON.stringify(breaches(days)) &&
            dateOfDay(first + tightest) === tightestDay(days)?.date
          );
        });
      }),
    );
  });

  it('counts nobody for a team not asked about, and nothing for a range that ends before it starts', () => {
    const staff = [staffSpanOf({ id: 'x', teamId: 'elsewhere', contracted: 1000, employmentStart: '2019-01-01', employmentEnd: null })];
    const [a] = teamDayColumns(teams, staff, [], base, base + 6);
    expect([...a.contracted.subarray(0, 7)]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(teamDayColumns(teams, staff, [], base, base - 1)).toEqual([]);
  });

  it('writes each day of the range once and any other day on demand', () => {
    const date = dateWriter(base, base + 3);
    expect(date(base + 2)).toBe('2019-01-03');
    expect(date(base + 2)).toBe(date(base + 2));
    expect(date(base + 40)).toBe('2019-02-10');
    expect(date(base - 1)).toBe('2018-12-31');
  });
});
