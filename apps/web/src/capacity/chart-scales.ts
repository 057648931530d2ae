import { dayNumber } from './calendar.js';

/** A linear map from a domain onto a range of pixels. */
export function linear(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Round FTE ticks (steps of 1, 2 or 5 × a power of ten) covering [low, high], about `count` of them. */
export function fteTicks(low: number, high: number, count = 5): number[] {
  const rough = Math.max((high - low) / count, 0.001);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + 1e-9; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return ticks;
}

/** The lower end of the FTE axis: a round figure a little under the lowest line drawn, never below 0. */
export function axisFloor(lowest: number, highest: number): number {
  const margin = Math.max((highest - lowest) * 0.5, 1);
  const [step] = fteTicks(0, highest, 5).slice(1);
  const unit = step ?? 1;
  return Math.max(0, Math.floor((lowest - margin) / unit) * unit);
}

/**
 * Dates for the time axis: first days of years when the period spans more than two years, of
 * quarters over more than nine months, of months otherwise.
 */
export function dateTicks(from: string, to: string): string[] {
  const days = dayNumber(to) - dayNumber(from);
  const everyMonths = days > 730 ? 12 : days > 270 ? 3 : 1;
  const ticks: string[] = [];
  let [year, month] = from.split('-').map(Number);
  for (;;) {
    const candidate = `${year}-${String(month).padStart(2, '0')}-01`;
    if (candidate > to) break;
    if (candidate >= from && (month - 1) % everyMonths === 0) ticks.push(candidate);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return ticks.length > 0 ? ticks : [from];
}
