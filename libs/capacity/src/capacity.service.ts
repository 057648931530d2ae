import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AccordError,
  breachSpans,
  checkCapacity,
  dateWriter,
  dayNumber,
  greatCircleMiles,
  secondmentSpanOf,
  teamDayAt,
  teamDayColumns,
  toMilliFte,
  weeklyWorstDays,
  type DayNumber,
  type CapacityOutcome,
  type CapacityRisk,
  type CountedSecondment,
  type DateRange,
  type TeamCheck,
  type TeamDay,
} from '#domain';
import { loadCouncilCapacity } from './capacity-data.js';
import { loadCouncilCapacitySpans } from './council-capacity-spans.js';
import { leadCouncilPortfolio, type PortfolioEntry } from './portfolio.js';

/** The longest range one request may ask for: three years of days. */
export const MAX_RANGE_DAYS = 3 * 366;

export interface TeamCapacity {
  teamId: string;
  teamName: string;
  points: TeamDay[];
  breaches: DateRange[];
}

export interface PartnershipCapacityCheck {
  outcome: CapacityOutcome;
  period: DateRange;
  teams: TeamCheck[];
  risks: CapacityRisk[];
  distanceMiles: number | null;
}

/**
 * Capacity timelines, what-ifs and the partnership capacity check: one implementation, used by
 * the API and by the partnership workflow's activity.
 */
@Injectable()
export class CapacityService {
  constructor(private readonly dataSource: DataSource) {}

  async timeline(
    councilCode: string,
    range: DateRange,
    options: { granularity: 'day' | 'week'; teamId?: string; proposed?: CountedSecondment[] },
  ): Promise<TeamCapacity[]> {
    const { first, last } = requireRange(range);
    const data = await loadCouncilCapacitySpans(this.dataSource.manager, councilCode, { first, last, ...range }, options.teamId);
    const secondments = options.proposed ? [...data.secondments, ...options.proposed.map(secondmentSpanOf)] : data.secondments;
    const date = dateWriter(first, last);
    return teamDayColumns(data.teams, data.staff, secondments, first, last).map((columns) => {
      const points: TeamDay[] = [];
      if (options.granularity === 'week') {
        for (const week of weeklyWorstDays(columns)) points.push(teamDayAt(columns, week.worst, date(first + week.start)));
      } else {
        for (let index = 0; index < columns.length; index += 1) points.push(teamDayAt(columns, index, date(first + index)));
      }
      const breaches = breachSpans(columns).map((span) => ({ start: date(span.from), end: date(span.to) }));
      return { teamId: columns.team.id, teamName: columns.team.name, points, breaches };
    });
  }

  async portfolio(councilCode: string, range: DateRange, today: string): Promise<PortfolioEntry[]> {
    requireRange(range);
    return leadCouncilPortfolio(this.dataSource.manager, councilCode, range, today);
  }

  /**
   * The lead council's capacity over the partnership's planned period, counting every approved
   * or active secondment (a partnership that has ended frees its staff) and this partnership's
   * proposed ones; plus the travel distance and the lead council's savings programme as risks.
   */
  async checkPartnership(
    partnershipId: string,
    options: { warnBelowFte: number; distanceThresholdMiles: number },
  ): Promise<PartnershipCapacityCheck> {
    const manager = this.dataSource.manager;
    const [partnership] = (await manager.query(
      `SELECT p.lead_council_code, p.planned_start::text AS start, p.planned_end::text AS "end",
              lead.hq_latitude::float8 AS lead_lat, lead.hq_longitude::float8 AS lead_lon,
              supported.hq_latitude::float8 AS supported_lat, supported.hq_longitude::float8 AS supported_lon,
              lead.savings_programme_name, lead.savings_programme_end_date::text AS savings_end
       FROM partnership p JOIN council lead ON lead.code = p.lead_council_code JOIN council supported ON supported.code = p.supported_council_code
       WHERE p.id = $1`,
      [partnershipId],
    )) as {
      lead_council_code: string;
      start: string;
      end: string;
      lead_lat: number | null;
      lead_lon: number | null;
      supported_lat: number | null;
      supported_lon: number | null;
      savings_programme_name: string | null;
      savings_end: string | null;
    }[];
    if (!partnership) throw new AccordError('partnership_not_found', `no partnership has id ${partnershipId}`);
    const period = { start: partnership.start, end: partnership.end };
    const proposed = (await manager.query(
      `SELECT staff_member_id, fte::text AS fte, start_date::text AS start, end_date::text AS "end" FROM secondment
       WHERE partnership_id = $1 AND status = 'proposed'`,
      [partnershipId],
    )) as { staff_member_id: string; fte: string; start: string; end: string }[];
    const data = await loadCouncilCapacity(manager, partnership.lead_council_code, period);
    const result = checkCapacity({
      ...data,
      secondments: [
        ...data.secondments,
        ...proposed.map((row) => ({ staffMemberId: row.staff_member_id, milliFte: toMilliFte(row.fte), start: row.start, end: row.end })),
      ],
      period,
      warnBelow: toMilliFte(options.warnBelowFte),
    });
    const risks: CapacityRisk[] = [];
    let distanceMiles: number | null = null;
    if (partnership.lead_lat !== null && partnership.supported_lat !== null) {
      distanceMiles = Math.round(
        greatCircleMiles(
          { latitude: partnership.lead_lat, longitude: partnership.lead_lon ?? 0 },
          { latitude: partnership.supported_lat, longitude: partnership.supported_lon ?? 0 },
        ),
      );
      if (distanceMiles > options.distanceThresholdMiles) {
        risks.push({
          category: 'travel_distance',
          detail: `the councils' headquarters are ${distanceMiles} miles apart as the crow flies`,
        });
      }
    }
    if (partnership.savings_programme_name && partnership.savings_end && partnership.savings_end >= period.start) {
      risks.push({
        category: 'savings_programme',
        detail: `the lead council is delivering ${partnership.savings_programme_name} until ${partnership.savings_end}`,
      });
    }
    return { outcome: result.outcome, period, teams: result.teams, risks, distanceMiles };
  }
}

/** The range's first and last day numbers, once it is known to be one a request may ask for. */
function requireRange(range: DateRange): { first: DayNumber; last: DayNumber } {
  const first = dayNumber(range.start);
  const last = dayNumber(range.end);
  const days = last - first + 1;
  if (days <= 0) throw new AccordError('invalid_period', 'the range ends before it starts');
  if (days > MAX_RANGE_DAYS) throw new AccordError('range_too_long', `ask for at most ${MAX_RANGE_DAYS} days at a time`);
  return { first, last };
}
