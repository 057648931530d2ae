import { dateOfDay, dayNumber } from '../calendar-date.js';
import { intersect, type DateRange } from './date-range.js';
import type { MilliFte } from './milli-fte.js';

export interface Load extends DateRange {
  milliFte: MilliFte;
}

/**
 * The highest total load of one person on any single day of `range`, by a sweep over the
 * loads' boundaries. Not the sum of every load that overlaps the range: three 0.4 FTE
 * secondments that overlap pairwise but never all on one day peak at 0.8, not 1.2.
 */
export function peakLoad(loads: readonly Load[], range: DateRange): { peak: MilliFte; on?: string } {
  const changes = new Map<number, number>();
  for (const load of loads) {
    const overlap = intersect(load, range);
    if (!overlap) continue;
    const from = dayNumber(overlap.start);
    const after = dayNumber(overlap.end) + 1;
    changes.set(from, (changes.get(from) ?? 0) + load.milliFte);
    changes.set(after, (changes.get(after) ?? 0) - load.milliFte);
  }
  let current = 0;
  let peak = 0;
  let on: number | undefined;
  for (const day of [...changes.keys()].sort((a, b) => a - b)) {
    current += changes.get(day) ?? 0;
    if (current > peak) {
      peak = current;
      on = day;
    }
  }
  return { peak, on: on === undefined ? undefined : dateOfDay(on) };
}

/** Whether a new load fits beside the existing ones within a person's contracted FTE (docs/domain.md, rule 1). */
export function fitsContract(
  existing: readonly Load[],
  proposed: Load,
  contracted: MilliFte,
): { fits: boolean; peak: MilliFte; on?: string } {
  const { peak, on } = peakLoad([...existing, proposed], proposed);
  return { fits: peak <= contracted, peak, on };
}
