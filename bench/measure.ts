/** Wall-clock milliseconds of one call. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/**
 * Runs baseline and candidate alternately (ABAB), after a warm-up of each, so drift on a busy
 * machine lands on both sides; returns every sample.
 */
export async function interleaved(rounds: number, baseline: () => Promise<unknown>, candidate: () => Promise<unknown>) {
  await baseline();
  await candidate();
  const samples = { baseline: [] as number[], candidate: [] as number[] };
  for (let round = 0; round < rounds; round += 1) {
    samples.baseline.push(await timed(baseline));
    samples.candidate.push(await timed(candidate));
  }
  return samples;
}
