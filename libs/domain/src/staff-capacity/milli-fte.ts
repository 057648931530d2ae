/**
 * FTE as integer thousandths: 0.4 FTE is 400. Sums of FTE in floating point drift (0.1 + 0.2),
 * and a capacity rule compared at the boundary must not flip on the last bit.
 */
export type MilliFte = number;

export function toMilliFte(fte: number | string): MilliFte {
  const value = typeof fte === 'string' ? Number(fte) : fte;
  const milli = Math.round(value * 1000);
  if (!Number.isFinite(value) || Math.abs(milli - value * 1000) > 1e-6) throw new RangeError(`FTE ${fte} has more than three decimals`);
  return milli;
}

export function fromMilliFte(milli: MilliFte): number {
  return milli / 1000;
}
