import { addDays, dayNumber } from './calendar.js';
import { axisFloor, dateTicks, fteTicks, linear } from './chart-scales.js';
import { coordinate, escapeXml } from './svg.js';
import type { ShareSeries, TeamChartModel } from './team-chart-model.js';
import { fte, longDate, shortMonth } from './words.js';

export const CHART_COLOURS = {
  home: '#d2e2f1',
  homeEdge: '#1d70b8',
  floor: '#0b0c0c',
  breach: '#d4351c',
  proposed: '#d4351c',
  other: '#b1b4b6',
} as const;

const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { left: 56, right: 16, top: 16, bottom: 52 };
const PLOT_BOTTOM = HEIGHT - MARGIN.bottom;

/**
 * One team's capacity as an SVG drawn on the server, so the page needs no JavaScript and prints
 * as it shows: home FTE (shaded) with each partnership's seconded share stacked above it up to
 * the contracted FTE, the retention floor as a dashed line, and the days below the floor marked
 * in red under the time axis. The title and description say the same in words, and the page
 * carries the figures as a table too.
 */
export function drawCapacityChart(model: TeamChartModel): string {
  const n = model.dates.length;
  const ends = model.dates.map((_, i) => (i + 1 < n ? model.dates[i + 1] : addDays(model.to, 1)));
  const x = linear([dayNumber(model.from), dayNumber(model.to) + 1], [MARGIN.left, WIDTH - MARGIN.right]);
  const xOf = (date: string) => x(dayNumber(date));

  const highest = Math.max(...model.contracted, ...model.floor, 1) / 1000;
  const lowest = Math.min(...model.home, ...model.floor) / 1000;
  const yTicks = fteTicks(axisFloor(lowest, highest), highest * 1.05, 5);
  const yLow = yTicks[0];
  const yHigh = Math.max(yTicks[yTicks.length - 1], highest);
  const y = linear([yLow, yHigh], [PLOT_BOTTOM, MARGIN.top]);
  const yOfMilli = (milli: number) => y(milli / 1000);

  const stepPath = (bottom: number[], top: number[]) => steppedArea(model.dates, ends, xOf, yOfMilli, bottom, top);
  const parts: string[] = [];
  const titleId = `${model.id}-title`;
  const descId = `${model.id}-desc`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-capacity-chart" width="100%" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${titleId} ${descId}" focusable="false" font-family="arial, sans-serif">`,
    `<title id="${titleId}">${escapeXml(chartTitle(model))}</title>`,
    `<desc id="${descId}">${escapeXml(chartDescription(model, yLow))}</desc>`,
    `<defs><pattern id="${model.id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="${CHART_COLOURS.proposed}"/></pattern></defs>`,
  );
  for (const breach of model.breaches) {
    const x0 = coordinate(xOf(breach.start));
    const w = coordinate(Math.max(xOf(addDays(breach.end, 1)) - xOf(breach.start), 1.5));
    parts.push(
      `<rect class="app-capacity-chart__breach-band" x="${x0}" y="${MARGIN.top}" width="${w}" height="${PLOT_BOTTOM - MARGIN.top}" fill="${CHART_COLOURS.breach}" fill-opacity="0.12"/>`,
      `<rect class="app-capacity-chart__breach" x="${x0}" y="${PLOT_BOTTOM + 30}" width="${w}" height="8" fill="${CHART_COLOURS.breach}"/>`,
    );
  }
  parts.push(gridAndAxes(model, xOf, y, yTicks));
  const base = model.home.map(() => yLow * 1000);
  parts.push(`<path class="app-capacity-chart__home" d="${stepPath(base, model.home)}" fill="${CHART_COLOURS.home}"/>`);
  let stacked = model.home;
  for (const share of model.shares) {
    const top = stacked.map((value, i) => value + share.milli[i]);
    if (share.milli.some((value) => value > 0)) {
      parts.push(
        `<path class="app-capacity-chart__share" data-share="${escapeXml(share.key)}" d="${stepPath(stacked, top)}" fill="${fillOf(share, model.id)}"><title>${escapeXml(share.label)}</title></path>`,
      );
    }
    stacked = top;
  }
  parts.push(
    `<path class="app-capacity-chart__home-line" d="${steppedLine(model.dates, ends, xOf, yOfMilli, model.home)}" fill="none" stroke="${CHART_COLOURS.homeEdge}" stroke-width="2"/>`,
    `<path class="app-capacity-chart__floor" d="${steppedLine(model.dates, ends, xOf, yOfMilli, model.floor)}" fill="none" stroke="${CHART_COLOURS.floor}" stroke-width="2.5" stroke-dasharray="8 4"/>`,
    `<text x="${WIDTH - MARGIN.right}" y="${coordinate(yOfMilli(model.floor[n - 1]) - 6)}" text-anchor="end" font-size="13" fill="${CHART_COLOURS.floor}">Floor ${fte(model.floor[n - 1] / 1000)}</text>`,
  );
  if (model.breaches.length > 0) {
    parts.push(
      `<text x="${MARGIN.left}" y="${HEIGHT - 2}" font-size="13" fill="${CHART_COLOURS.breach}">Red marks: days below the floor</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

export function fillOf(share: ShareSeries, chartId: string): string {
  return share.kind === 'proposed' ? `url(#${chartId}-hatch)` : share.colour;
}

function chartTitle(model: TeamChartModel): string {
  return `${model.teamName}: home FTE against the retention floor, ${longDate(model.from)} to ${longDate(model.to)}`;
}

/** The chart in words, for screen readers and anyone who cannot see the colours. */
export function chartDescription(model: TeamChartModel, axisStart: number): string {
  const homes = model.home.map((value) => value / 1000);
  const sentences = [
    `Home FTE runs from ${fte(Math.min(...homes))} to ${fte(Math.max(...homes))} against a retention floor of ${floorRange(model)}.`,
  ];
  const daysBelow = model.breaches.reduce((sum, range) => sum + dayNumber(range.end) - dayNumber(range.start) + 1, 0);
  if (daysBelow === 0) sentences.push('It never falls below the floor.');
  else {
    const ranges = model.breaches.map((range) =>
      range.start === range.end ? longDate(range.start) : `${longDate(range.start)} to ${longDate(range.end)}`,
    );
    sentences.push(`It is below the floor on ${daysBelow} ${daysBelow === 1 ? 'day' : 'days'}: ${ranges.join('; ')}.`);
  }
  const lent = model.shares.filter((share) => share.milli.some((value) => value > 0));
  if (lent.length > 0) {
    const named = lent.map((share) => `${share.label} (at most ${fte(Math.max(...share.milli) / 1000)} FTE)`);
    sentences.push(`Seconded out: ${named.join(', ')}.`);
  }
  if (axisStart > 0) sentences.push(`The FTE axis starts at ${fte(axisStart)}, not zero.`);
  return sentences.join(' ');
}

function floorRange(model: TeamChartModel): string {
  const low = Math.min(...model.floor) / 1000;
  const high = Math.max(...model.floor) / 1000;
  return low === high ? `${fte(low)} FTE` : `${fte(low)} to ${fte(high)} FTE`;
}

function gridAndAxes(model: TeamChartModel, xOf: (date: string) => number, y: (value: number) => number, yTicks: number[]): string {
  const parts: string[] = ['<g class="app-capacity-chart__axes" font-size="13" fill="#0b0c0c">'];
  for (const tick of yTicks) {
    const ty = coordinate(y(tick));
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${ty}" y2="${ty}" stroke="#b1b4b6" stroke-width="1"/>`,
      `<text x="${MARGIN.left - 6}" y="${ty}" dy="4" text-anchor="end">${fte(tick)}</text>`,
    );
  }
  const ticks = dateTicks(model.from, model.to);
  const yearly = ticks.length > 1 && ticks.every((tick) => tick.endsWith('-01-01'));
  for (const tick of ticks) {
    const tx = coordinate(xOf(tick));
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="${PLOT_BOTTOM}" y2="${PLOT_BOTTOM + 5}" stroke="#0b0c0c"/>`,
      `<text x="${tx}" y="${PLOT_BOTTOM + 20}" text-anchor="middle">${yearly ? tick.slice(0, 4) : shortMonth(tick)}</text>`,
    );
  }
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${PLOT_BOTTOM}" y2="${PLOT_BOTTOM}" stroke="#0b0c0c"/>`,
    `<text transform="rotate(-90)" x="${-(MARGIN.top + (PLOT_BOTTOM - MARGIN.top) / 2)}" y="14" text-anchor="middle">FTE</text>`,
    '</g>',
  );
  return parts.join('');
}

/** The outline of a step function: one vertex where the value changes, not one per day. */
function steppedVertices(
  dates: string[],
  ends: string[],
  xOf: (date: string) => number,
  yOf: (milli: number) => number,
  values: number[],
): [number, number][] {
  const vertices: [number, number][] = [];
  values.forEach((value, i) => {
    if (i > 0 && values[i - 1] === value) return;
    vertices.push([xOf(dates[i]), yOf(value)]);
    let last = i;
    while (last + 1 < values.length && values[last + 1] === value) last += 1;
    vertices.push([xOf(ends[last]), yOf(value)]);
  });
  return vertices;
}

function steppedLine(...args: Parameters<typeof steppedVertices>): string {
  return toPath(steppedVertices(...args));
}

function steppedArea(
  dates: string[],
  ends: string[],
  xOf: (date: string) => number,
  yOf: (milli: number) => number,
  bottom: number[],
  top: number[],
): string {
  const upper = steppedVertices(dates, ends, xOf, yOf, top);
  const lower = steppedVertices(dates, ends, xOf, yOf, bottom).reverse();
  return `${toPath([...upper, ...lower])}Z`;
}

function toPath(vertices: [number, number][]): string {
  return vertices.map(([vx, vy], i) => `${i === 0 ? 'M' : 'L'}${coordinate(vx)},${coordinate(vy)}`).join('');
}
