import fc from 'fast-check';
import { dateOfDay, dayNumber } from '../calendar-date.js';
import { fitsContract, peakLoad, type Load } from './seconded-load.js';

const load = (start: string, end: string, milliFte: number): Load => ({ start, end, milliFte });
const year2019 = { start: '2019-01-01', end: '2019-12-31' };

describe('a person’s seconded load', () => {
  it('peaks at 0.8, not 1.2, for three 0.4 secondments that overlap only in pairs', () => {
    const loads = [load('2019-01-01', '2019-02-28', 400), load('2019-02-01', '2019-03-31', 400), load('2019-03-01', '2019-04-30', 400)];
    expect(peakLoad(loads, year2019)).toEqual({ peak: 800, on: '2019-02-01' });
  });

  it('does not add ranges that touch end to start, and adds ranges that share a day', () => {
    expect(peakLoad([load('2019-01-01', '2019-01-31', 600), load('2019-02-01', '2019-02-28', 600)], year2019).peak).toBe(600);
    expect(peakLoad([load('2019-01-01', '2019-01-31', 600), load('2019-01-31', '2019-02-28', 600)], year2019).peak).toBe(1200);
  });

  it('looks only inside the asked range', () => {
    expect(peakLoad([load('2018-06-01', '2018-12-31', 1000)], year2019).peak).toBe(0);
  });

  it('refuses a booking that would take a 0.8 FTE worker past their contract on one day', () => {
    const existing = [load('2019-03-01', '2019-03-31', 500)];
    expect(fitsContract(existing, load('2019-03-31', '2019-04-30', 400), 800)).toEqual({ fits: false, peak: 900, on: '2019-03-31' });
    expect(fitsContract(existing, load('2019-04-01', '2019-04-30', 800), 800).fits).toBe(true);
  });

  it('agrees with a day-by-day maximum on generated loads', () => {
    const base = dayNumber('2019-01-01');
    const generated = fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: 80 }),
        length: fc.integer({ min: 0, max: 40 }),
        milliFte: fc.integer({ min: 1, max: 1000 }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(generated, (raw) => {
        const loads = raw.map((r) => load(dateOfDay(base + r.from), dateOfDay(base + r.from + r.length), r.milliFte));
        let naive = 0;
        for (let day = base; day <= base + 130; day += 1) {
          const date = dateOfDay(day);
          naive = Math.max(
            naive,
            loads.filter((l) => l.start <= date && date <= l.end).reduce((sum, l) => sum + l.milliFte, 0),
          );
        }
        return peakLoad(loads, { start: dateOfDay(base), end: dateOfDay(base + 130) }).peak === naive;
      }),
    );
  });
});
