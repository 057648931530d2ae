/** What capacity.bench.ts measured, and how it reads against issue 15's targets. */
export interface CapacityFigures {
  council: string;
  teams: number;
  staff: number;
  data: Record<string, number>;
  oneRequest: { range: string; handWrittenMedianMs: number; bareServerMedianMs: number; apiMedianMs: number; apiP95Ms: number };
  underLoad: {
    connections: number;
    seconds: number;
    bareServer: { requestsPerSecond: number; p99Ms: number; medianMs: number };
    api: { requestsPerSecond: number; p99Ms: number; medianMs: number };
  };
  growth: { range: string; teamDays: number; handWrittenMedianMs: number; apiMedianMs: number; ratio: number }[];
  loads: { phase: string; loadAverage1m: number }[];
  cpus: number;
}

interface Verdict {
  figure: string;
  baseline: number;
  accord: number;
  ratio: number;
  target: string;
  pass: boolean;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Linear in team-days: the API's cost per team-day for 3 years may be at most 1.5× its cost per
 * team-day for 4 months. A fixed cost per request makes it smaller; anything growing faster than
 * the team-days (×9 here) shows as a multiple. Robust to noise, unlike a slope between two points.
 */
function growthVerdict(growth: CapacityFigures['growth']): Verdict {
  const short = growth[0];
  const long = growth[growth.length - 1];
  const perShort = (short.apiMedianMs / short.teamDays) * 1000;
  const perLong = (long.apiMedianMs / long.teamDays) * 1000;
  return {
    figure: `API ms per 1,000 team-days, ${long.range} vs ${short.range}`,
    baseline: round(perShort),
    accord: round(perLong),
    ratio: round(perLong / perShort),
    target: '≤ 1.5×',
    pass: perLong / perShort <= 1.5,
  };
}

export function capacityReport(figures: CapacityFigures, booking: Record<string, unknown>) {
  const { oneRequest, underLoad } = figures;
  const verdicts: Verdict[] = [
    {
      figure: `one request, median (ms), ${oneRequest.range} weekly`,
      baseline: oneRequest.handWrittenMedianMs,
      accord: oneRequest.apiMedianMs,
      ratio: round(oneRequest.apiMedianMs / oneRequest.handWrittenMedianMs),
      target: '≤ 1.5× hand-written',
      pass: oneRequest.apiMedianMs / oneRequest.handWrittenMedianMs <= 1.5,
    },
    {
      figure: `throughput (req/s), ${underLoad.connections} connections`,
      baseline: underLoad.bareServer.requestsPerSecond,
      accord: underLoad.api.requestsPerSecond,
      ratio: round(underLoad.api.requestsPerSecond / underLoad.bareServer.requestsPerSecond),
      target: '≥ 0.6× bare server',
      pass: underLoad.api.requestsPerSecond / underLoad.bareServer.requestsPerSecond >= 0.6,
    },
    {
      figure: 'p99 under that load (ms)',
      baseline: underLoad.bareServer.p99Ms,
      accord: underLoad.api.p99Ms,
      ratio: round(underLoad.api.p99Ms / underLoad.bareServer.p99Ms),
      target: '≤ 1.5× bare server',
      pass: underLoad.api.p99Ms / underLoad.bareServer.p99Ms <= 1.5,
    },
    growthVerdict(figures.growth),
  ];
  const markdown = [
    `# Capacity read: Accord against fair baselines (${new Date().toISOString().slice(0, 16)}Z)`,
    '',
    `Council ${figures.council} (${figures.teams} teams, ${figures.staff} staff) in the national data set ` +
      `(${Object.entries(figures.data)
        .map(([name, count]) => `${count} ${name}`)
        .join(', ')}); ${figures.cpus} CPUs shared with other work; ` +
      `1-minute load average ${figures.loads.map((load) => `${load.loadAverage1m} (${load.phase})`).join(', ')}.`,
    'Baselines: hand-written code (one query + plain JS + JSON.stringify, JSON byte-identical to the API\u2019s) and a bare',
    'node:http server with the same pool size and API-key check, measured alternately with the API in the same run.',
    '',
    '| figure | baseline | Accord | ratio | target | |',
    '|---|---|---|---|---|---|',
    ...verdicts.map(
      (verdict) =>
        `| ${verdict.figure} | ${verdict.baseline} | ${verdict.accord} | ${verdict.ratio}× | ${verdict.target} | ${verdict.pass ? 'PASS' : 'FAIL'} |`,
    ),
    '',
    `One request through the bare server over HTTP: ${oneRequest.bareServerMedianMs} ms median (the API\u2019s p95: ${oneRequest.apiP95Ms} ms).`,
    `Medians under load: bare server ${underLoad.bareServer.medianMs} ms, API ${underLoad.api.medianMs} ms.`,
    '',
    '| weekly range | team-days | hand-written median (ms) | API median (ms) | ratio |',
    '|---|---|---|---|---|',
    ...figures.growth.map((row) => `| ${row.range} | ${row.teamDays} | ${row.handWrittenMedianMs} | ${row.apiMedianMs} | ${row.ratio}× |`),
    '',
    '## Booking (locked, checked) against plain INSERT',
    '',
    '```json',
    JSON.stringify(booking, null, 2),
    '```',
    '',
  ].join('\n');
  return { json: { ...figures, verdicts, booking }, markdown };
}
