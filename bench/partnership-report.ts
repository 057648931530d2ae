import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { median, percentile } from './measure.js';
import type { RoundResult } from './partnership-drive.js';

const TARGETS = { throughputRatio: 0.6, p95Ratio: 1.5, skeletonPerSecond: 10 };
const updates = (result: RoundResult) => Object.values(result.updateMs).flat();
const updateP95 = (result: RoundResult) => percentile(updates(result), 0.95);

/** Medians over the rounds of one side: throughput, Update round trips, and where activity time went. */
function summarise(rounds: RoundResult[]) {
  const perRound = (figure: (result: RoundResult) => number) => round(median(rounds.map(figure)));
  const byName = (of: (result: RoundResult) => Record<string, number[]>, figure: (values: number[]) => number) =>
    Object.fromEntries(Object.keys(of(rounds[0])).map((name) => [name, perRound((result) => figure(of(result)[name] ?? [0]))]));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    partnershipsPerSecond: perRound((result) => result.perSecond),
    updateP50Ms: perRound((result) => percentile(updates(result), 0.5)),
    updateP95Ms: perRound(updateP95),
    updateP50MsByName: byName(
      (result) => result.updateMs,
      (values) => percentile(values, 0.5),
    ),
    activityMsPerPartnership: perRound((result) => sum(Object.values(result.activityMs).flat()) / result.count),
    activityP50MsByName: byName(
      (result) => result.activityMs,
      (values) => percentile(values, 0.5),
    ),
    rounds: rounds.map((result) => ({
      seconds: round(result.seconds),
      partnershipsPerSecond: round(result.perSecond),
      updateP95Ms: round(updateP95(result)),
    })),
  };
}

/** Prints the comparison with PASS or MISS against each target (a miss is reported, not a failure) and writes it as JSON. */
export async function reportWorkflowBench(
  file: string,
  setting: Record<string, unknown>,
  rounds: { skeleton: RoundResult[]; real: RoundResult[] },
): Promise<void> {
  const skeleton = summarise(rounds.skeleton);
  const real = summarise(rounds.real);
  // Each real round against the skeleton round just before it, so drift on a busy machine cancels; then the median.
  const paired = (figure: (result: RoundResult) => number) =>
    round(median(rounds.real.map((result, index) => figure(result) / figure(rounds.skeleton[index]))));
  const throughputRatio = paired((result) => result.perSecond);
  const p95Ratio = paired(updateP95);
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');
  const checks = {
    throughput: {
      ratio: throughputRatio,
      target: `≥ ${TARGETS.throughputRatio}`,
      verdict: verdict(throughputRatio >= TARGETS.throughputRatio),
    },
    updateP95: { ratio: p95Ratio, target: `≤ ${TARGETS.p95Ratio}`, verdict: verdict(p95Ratio <= TARGETS.p95Ratio) },
    skeletonFloor: {
      partnershipsPerSecond: skeleton.partnershipsPerSecond,
      target: `≥ ${TARGETS.skeletonPerSecond}/s`,
      verdict: verdict(skeleton.partnershipsPerSecond >= TARGETS.skeletonPerSecond),
    },
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...setting, skeleton, real, checks }, null, 2)}\n`);

  const row = (label: string, a: number, b: number, ratio?: number, check?: { target: string; verdict: string }) =>
    `${label.padEnd(30)}${String(a).padStart(10)}${String(b).padStart(10)}${String(ratio ?? '').padStart(8)}` +
    (check ? `  ${check.target} ${check.verdict}` : '');
  console.log(`\n${'(medians of rounds)'.padEnd(30)}${'skeleton'.padStart(10)}${'real'.padStart(10)}${'ratio'.padStart(8)}`);
  console.log(row('partnerships/s', skeleton.partnershipsPerSecond, real.partnershipsPerSecond, throughputRatio, checks.throughput));
  const p50Ratio = paired((result) => percentile(updates(result), 0.5));
  console.log(row('Update p50 (ms)', skeleton.updateP50Ms, real.updateP50Ms, p50Ratio));
  console.log(row('Update p95 (ms)', skeleton.updateP95Ms, real.updateP95Ms, p95Ratio, checks.updateP95));
  for (const name of Object.keys(real.updateP50MsByName)) {
    console.log(row(`  ${name} p50 (ms)`, skeleton.updateP50MsByName[name], real.updateP50MsByName[name]));
  }
  console.log(row('activity ms per partnership', skeleton.activityMsPerPartnership, real.activityMsPerPartnership));
  console.log(`skeleton floor: ${skeleton.partnershipsPerSecond}/s (${checks.skeletonFloor.target} ${checks.skeletonFloor.verdict})`);
}

const round = (value: number) => Math.round(value * 100) / 100;
