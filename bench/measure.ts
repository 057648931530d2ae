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

/**
 * Runs each contender once to warm up, then round-robin `rounds` times, starting each round
 * with a different one, so that load from elsewhere on a shared machine lands on all of them.
 */
export async function alternating<Name extends string>(
  rounds: number,
  contenders: Record<Name, () => Promise<unknown>>,
): Promise<Record<Name, number[]>> {
  const names = Object.keys(contenders) as Name[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (const name of names) await contenders[name]();
  for (let round = 0; round < rounds; round += 1) {
    for (let step = 0; step < names.length; step += 1) {
      const name = names[(round + step) % names.length];
      samples[name].push(await timed(contenders[name]));
    }
  }
  return samples;
}
