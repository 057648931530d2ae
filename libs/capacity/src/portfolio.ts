import type { EntityManager } from 'typeorm';
import { COUNTED_SECONDMENT_STATUSES, dateOfDay, dayNumber, peakLoad, toMilliFte, type DateRange, type Load, type MilliFte } from '#domain';

export interface PortfolioEntry {
  partnershipId: string;
  title: string;
  supportedCouncilCode: string;
  stage: string;
  /** Seconded FTE on `today`: counted secondments (an ended one up to the day it ended). */
  fteNow: MilliFte;
  /** Peak seconded FTE in each week from `range.start` (weeks start on the range's first day). */
  weekly: { weekStart: string; fte: MilliFte }[];
}

/** For a lead council: every partnership it leads and the staff time each takes, now and week by week. */
export async function leadCouncilPortfolio(
  manager: EntityManager,
  councilCode: string,
  range: DateRange,
  today: string,
): Promise<PortfolioEntry[]> {
  const partnerships = (await manager.query(
    `SELECT id, title, supported_council_code, stage FROM partnership WHERE lead_council_code = $1 ORDER BY planned_start, id`,
    [councilCode],
  )) as { id: string; title: string; supported_council_code: string; stage: string }[];
  const secondments = (await manager.query(
    `SELECT partnership_id, fte::text AS fte, start_date::text AS start, end_date::text AS "end" FROM secondment
     WHERE partnership_id = ANY($1) AND status = ANY($2)`,
    [partnerships.map((partnership) => partnership.id), COUNTED_SECONDMENT_STATUSES],
  )) as { partnership_id: string; fte: string; start: string; end: string }[];
  const loadsOf = new Map<string, Load[]>();
  for (const row of secondments) {
    loadsOf.set(row.partnership_id, [
      ...(loadsOf.get(row.partnership_id) ?? []),
      { start: row.start, end: row.end, milliFte: toMilliFte(row.fte) },
    ]);
  }
  const first = dayNumber(range.start);
  const last = dayNumber(range.end);
  return partnerships.map((partnership) => {
    const loads = loadsOf.get(partnership.id) ?? [];
    const weekly: { weekStart: string; fte: MilliFte }[] = [];
    for (let day = first; day <= last; day += 7) {
      const week = { start: dateOfDay(day), end: dateOfDay(Math.min(day + 6, last)) };
      weekly.push({ weekStart: week.start, fte: peakLoad(loads, week).peak });
    }
    return {
      partnershipId: partnership.id,
      title: partnership.title,
      supportedCouncilCode: partnership.supported_council_code,
      stage: partnership.stage,
      fteNow: peakLoad(loads, { start: today, end: today }).peak,
      weekly,
    };
  });
}
