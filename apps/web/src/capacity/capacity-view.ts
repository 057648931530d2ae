import type { components } from '#api-client';
import { addDays, dayNumber } from './calendar.js';
import { CHART_COLOURS, drawCapacityChart } from './capacity-chart.js';
import { OTHER, PROPOSED, secondedShares, type SecondedLoad } from './seconded-shares.js';
import type { ShareSeries, TeamChartModel } from './team-chart-model.js';
import { fte, longDate, toMilli } from './words.js';

type CapacityTimeline = components['schemas']['CapacityTimelineResponse'];

/** Partnership colours from the GOV.UK palette, dark enough against white (WCAG 1.4.11, 3:1). */
const PARTNERSHIP_COLOURS = ['#f47738', '#912b88', '#00703c', '#6f72af', '#b58840', '#28a197', '#d53880', '#505a5f'];

export interface LegendEntry {
  label: string;
  /** How the swatch is drawn: a colour, the hatch of a what-if, or the dashed floor line. */
  swatch: 'fill' | 'hatch' | 'line' | 'band';
  colour: string;
}

export interface CapacityTableRow {
  /** "7 May 2018", or "7 May 2018 to 31 December 2018" where the figures stay the same. */
  period: string;
  contracted: string;
  shares: string[];
  secondedOut: string;
  home: string;
  floor: string;
  headroom: string;
  belowFloor: boolean;
}

export interface TeamCapacityView {
  id: string;
  teamId: string;
  teamName: string;
  svg: string;
  legend: LegendEntry[];
  daysBelowFloor: number;
  /** The least headroom in the period, in FTE (negative below the floor). */
  leastHeadroom: string;
  table: { shareLabels: string[]; rows: CapacityTableRow[] };
}

export interface CapacityView {
  from: string;
  to: string;
  granularity: 'day' | 'week';
  teams: TeamCapacityView[];
}

/**
 * The capacity page's content for every team: the chart, its legend, and the same numbers as a
 * table, from the API's timeline (or what-if) and the secondments behind it.
 */
export function capacityView(
  timeline: CapacityTimeline,
  loads: readonly SecondedLoad[],
  titles: ReadonlyMap<string, string>,
): CapacityView {
  const granularity = timeline.granularity;
  const colours = colourByPartnership(loads);
  const teams = timeline.teams.map((team, index) => {
    const { byPartnership } = secondedShares(team, timeline.to, loads);
    const shares: ShareSeries[] = [...byPartnership.entries()].map(([key, milli]) => ({
      key,
      label: labelOf(key, titles),
      kind: key === PROPOSED ? 'proposed' : key === OTHER ? 'other' : 'partnership',
      colour: key === PROPOSED ? CHART_COLOURS.proposed : key === OTHER ? CHART_COLOURS.other : (colours.get(key) ?? CHART_COLOURS.other),
      milli,
    }));
    shares.sort((a, b) => rank(a) - rank(b));
    const model: TeamChartModel = {
      id: `capacity-chart-${index + 1}`,
      teamName: team.teamName,
      from: timeline.from,
      to: timeline.to,
      granularity,
      dates: team.points.map((point) => point.date),
      floor: team.points.map((point) => toMilli(point.floorFte)),
      home: team.points.map((point) => toMilli(point.homeFte)),
      contracted: team.points.map((point) => toMilli(point.contractedFte)),
      belowFloor: team.points.map((point) => point.belowFloor),
      breaches: team.breaches,
      shares,
    };
    const headrooms = team.points.map((point) => point.headroomFte);
    return {
      id: model.id,
      teamId: team.teamId,
      teamName: team.teamName,
      svg: team.points.length > 0 ? drawCapacityChart(model) : '',
      legend: legendOf(model),
      daysBelowFloor: team.breaches.reduce((sum, range) => sum + dayNumber(range.end) - dayNumber(range.start) + 1, 0),
      leastHeadroom: headrooms.length > 0 ? fte(Math.min(...headrooms)) : '–',
      table: tableOf(model, timeline.to),
    };
  });
  return { from: timeline.from, to: timeline.to, granularity, teams };
}

function rank(share: ShareSeries): number {
  return share.kind === 'partnership' ? 0 : share.kind === 'other' ? 1 : 2;
}

function labelOf(key: string, titles: ReadonlyMap<string, string>): string {
  if (key === PROPOSED) return 'Proposed (what-if, not saved)';
  if (key === OTHER) return 'Other secondments';
  return titles.get(key) ?? 'A partnership you cannot see';
}

function colourByPartnership(loads: readonly SecondedLoad[]): Map<string, string> {
  const keys = [...new Set(loads.map((load) => load.partnershipId).filter((key) => key !== PROPOSED))].sort();
  return new Map(keys.map((key, i) => [key, PARTNERSHIP_COLOURS[i % PARTNERSHIP_COLOURS.length]]));
}

function legendOf(model: TeamChartModel): LegendEntry[] {
  const legend: LegendEntry[] = [
    { label: 'Home FTE', swatch: 'fill', colour: CHART_COLOURS.home },
    { label: 'Retention floor', swatch: 'line', colour: CHART_COLOURS.floor },
  ];
  for (const share of model.shares) {
    if (!share.milli.some((value) => value > 0)) continue;
    legend.push({ label: share.label, swatch: share.kind === 'proposed' ? 'hatch' : 'fill', colour: share.colour });
  }
  if (model.breaches.length > 0) legend.push({ label: 'Days below the floor', swatch: 'band', colour: CHART_COLOURS.breach });
  return legend;
}

/** The figures as rows; consecutive points with the same figures are one row over their days. */
function tableOf(model: TeamChartModel, to: string): TeamCapacityView['table'] {
  const shown = model.shares.filter((share) => share.milli.some((value) => value > 0));
  const rows: CapacityTableRow[] = [];
  const signature = (i: number) =>
    [model.contracted[i], model.home[i], model.floor[i], model.belowFloor[i], ...shown.map((share) => share.milli[i])].join('|');
  for (let i = 0; i < model.dates.length;) {
    let last = i;
    while (last + 1 < model.dates.length && signature(last + 1) === signature(i)) last += 1;
    const end = last + 1 < model.dates.length ? addDays(model.dates[last + 1], -1) : to;
    const start = model.dates[i];
    rows.push({
      period: start === end ? longDate(start) : `${longDate(start)} to ${longDate(end)}`,
      contracted: fte(model.contracted[i] / 1000),
      shares: shown.map((share) => fte(share.milli[i] / 1000)),
      secondedOut: fte((model.contracted[i] - model.home[i]) / 1000),
      home: fte(model.home[i] / 1000),
      floor: fte(model.floor[i] / 1000),
      headroom: fte((model.home[i] - model.floor[i]) / 1000),
      belowFloor: model.belowFloor[i],
    });
    i = last + 1;
  }
  return { shareLabels: shown.map((share) => share.label), rows };
}
