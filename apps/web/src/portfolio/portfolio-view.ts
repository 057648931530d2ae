import type { components } from '#api-client';
import { dayNumber } from '../capacity/calendar.js';
import { linear } from '../capacity/chart-scales.js';
import { coordinate, escapeXml } from '../capacity/svg.js';
import { fte, longDate } from '../capacity/words.js';

/** The parts of a partnership the portfolio shows. */
type Partnership = Pick<
  components['schemas']['PartnershipResponse'],
  'id' | 'title' | 'supportedCouncilCode' | 'plannedStart' | 'plannedEnd' | 'stage'
>;
type PortfolioPartnership = components['schemas']['PortfolioPartnership'];

export interface PortfolioRow {
  id: string;
  title: string;
  supportedCouncil: string;
  stage: string;
  badge: string;
  period: string;
  fteNow: string;
  peakFte: string;
  /** "week of 9 January 2017", or empty when no one has been seconded. */
  peakWhen: string;
}

export interface PortfolioView {
  rows: PortfolioRow[];
  totalFteNow: string;
  svg: string;
}

const STAGE_BADGE: Record<string, string> = {
  active: 'moj-badge--green',
  under_review: 'moj-badge--green',
  exiting: 'moj-badge--bright-purple',
  completed: 'moj-badge--grey',
  rejected: 'moj-badge--red',
  withdrawn: 'moj-badge--grey',
};

const STAGE_COLOUR: Record<string, string> = {
  active: '#00703c',
  under_review: '#00703c',
  exiting: '#f47738',
  completed: '#505a5f',
  rejected: '#d4351c',
  withdrawn: '#505a5f',
};
const IN_PROGRESS_COLOUR = '#1d70b8';

export function stageWords(stage: string): string {
  const words = stage.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A lead council's portfolio: every partnership it leads or has led, on a timeline of their
 * planned periods, with the staff FTE each takes today and at its busiest week. The figures are
 * the API's portfolio answers (several, as each covers at most three years) joined by partnership.
 */
export function portfolioView(
  partnerships: readonly Partnership[],
  figures: readonly PortfolioPartnership[],
  councilNames: ReadonlyMap<string, string>,
  today: string,
): PortfolioView {
  const byId = new Map<string, { fteNow: number; weekly: { weekStart: string; fte: number }[] }>();
  for (const entry of figures) {
    const known = byId.get(entry.partnershipId) ?? { fteNow: entry.fteNow, weekly: [] };
    known.weekly.push(...entry.weekly);
    byId.set(entry.partnershipId, known);
  }
  const ordered = [...partnerships].sort((a, b) => a.plannedStart.localeCompare(b.plannedStart));
  const rows = ordered.map((partnership) => {
    const taken = byId.get(partnership.id);
    const peak = (taken?.weekly ?? []).reduce<{ weekStart: string; fte: number } | undefined>(
      (best, week) => (week.fte > (best?.fte ?? 0) ? week : best),
      undefined,
    );
    return {
      id: partnership.id,
      title: partnership.title,
      supportedCouncil: councilNames.get(partnership.supportedCouncilCode) ?? partnership.supportedCouncilCode,
      stage: stageWords(partnership.stage),
      badge: STAGE_BADGE[partnership.stage] ?? 'moj-badge--blue',
      period: `${longDate(partnership.plannedStart)} to ${longDate(partnership.plannedEnd)}`,
      fteNow: fte(taken?.fteNow ?? 0),
      peakFte: fte(peak?.fte ?? 0),
      peakWhen: peak ? `week of ${longDate(peak.weekStart)}` : '',
    };
  });
  const total = [...byId.values()].reduce((sum, entry) => sum + Math.round(entry.fteNow * 1000), 0) / 1000;
  return { rows, totalFteNow: fte(total), svg: ordered.length > 0 ? drawPortfolioTimeline(ordered, rows, today) : '' };
}

const WIDTH = 720;

/** Room at each end for the first and last year's label. */
const PAD = 24;
const ROW_HEIGHT = 44;
const TOP = 8;
const AXIS = 28;

/** The partnerships as bars over the years, today marked; titled and described for screen readers. */
function drawPortfolioTimeline(partnerships: readonly Partnership[], rows: readonly PortfolioRow[], today: string): string {
  const firstYear = Number(partnerships[0].plannedStart.slice(0, 4));
  const lastDate = partnerships.reduce((latest, p) => (p.plannedEnd > latest ? p.plannedEnd : latest), today);
  const lastYear = Number(lastDate.slice(0, 4)) + 1;
  const x = linear([dayNumber(`${firstYear}-01-01`), dayNumber(`${lastYear}-01-01`)], [PAD, WIDTH - PAD]);
  const height = TOP + partnerships.length * ROW_HEIGHT + AXIS;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-portfolio-timeline" width="100%" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="portfolio-title portfolio-desc" focusable="false" font-family="arial, sans-serif">`,
    `<title id="portfolio-title">Partnerships led, ${firstYear} to ${lastYear - 1}</title>`,
    `<desc id="portfolio-desc">${escapeXml(
      rows.map((row) => `${row.title}: ${row.period}, ${row.stage.toLowerCase()}, ${row.fteNow} FTE seconded today.`).join(' '),
    )}</desc>`,
  ];
  const axisY = TOP + partnerships.length * ROW_HEIGHT;
  const step = lastYear - firstYear > 12 ? 2 : 1;
  for (let year = firstYear; year <= lastYear; year += step) {
    const tx = coordinate(x(dayNumber(`${year}-01-01`)));
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="${TOP}" y2="${axisY + 4}" stroke="#b1b4b6"/>`,
      `<text x="${tx}" y="${axisY + 20}" font-size="13" text-anchor="middle" fill="#0b0c0c">${year}</text>`,
    );
  }
  partnerships.forEach((partnership, i) => {
    const x0 = x(dayNumber(partnership.plannedStart));
    const x1 = x(dayNumber(partnership.plannedEnd) + 1);
    const top = TOP + i * ROW_HEIGHT;
    const colour = STAGE_COLOUR[partnership.stage] ?? IN_PROGRESS_COLOUR;
    const label = `${rows[i].supportedCouncil} · ${rows[i].fteNow} FTE now, ${rows[i].peakFte} at most`;
    const anchorEnd = x0 > WIDTH / 2;
    parts.push(
      `<rect x="${coordinate(x0)}" y="${top + 22}" width="${coordinate(Math.max(x1 - x0, 2))}" height="14" rx="2" fill="${colour}"><title>${escapeXml(`${partnership.title}: ${rows[i].period}`)}</title></rect>`,
      `<text x="${coordinate(anchorEnd ? x1 : x0)}" y="${top + 16}" font-size="14" text-anchor="${anchorEnd ? 'end' : 'start'}" fill="#0b0c0c">${escapeXml(label)}</text>`,
    );
  });
  const todayX = coordinate(x(dayNumber(today)));
  parts.push(
    `<line x1="${todayX}" x2="${todayX}" y1="${TOP}" y2="${axisY}" stroke="#d4351c" stroke-width="2" stroke-dasharray="4 3"/>`,
    `<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${axisY}" y2="${axisY}" stroke="#0b0c0c"/>`,
    '</svg>',
  );
  return parts.join('');
}
