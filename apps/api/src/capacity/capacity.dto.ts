import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsNumber, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { fromMilliFte, PARTNERSHIP_STAGES, type TeamDay } from '#domain';
import type { PartnershipCapacityCheck, PortfolioEntry, TeamCapacity } from '#capacity';
import { FTE_DECIMAL_PLACES } from '../common/fte.js';
import { IsOnOrAfter } from '../validation/field-comparison.validators.js';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';
import { IsFiniteDecimal } from '../validation/decimal-places.validator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CapacityQuery {
  @ApiProperty({ example: '2018-05-01', format: 'date', description: 'First day counted' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;

  @ApiProperty({
    example: '2020-04-30',
    format: 'date',
    description: 'Last day counted (inclusive), on or after from and at most three years after it (else 422 `range_too_long`)',
  })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('from')
  to!: string;

  @ApiPropertyOptional({
    enum: ['day', 'week'],
    default: 'week',
    description: 'One point per calendar day, or one per week (Monday to Sunday; part weeks at the ends) reporting its worst day',
  })
  @IsOptionalNotNull()
  @IsIn(['day', 'week'])
  granularity: 'day' | 'week' = 'week';

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this team of the council; left out, every team' })
  @IsOptionalNotNull()
  @IsUUID()
  teamId?: string;
}

@ApiSchema({ description: 'A secondment HR is considering, counted as if booked; it is not saved' })
export class ProposedSecondmentDto {
  @ApiProperty({ format: 'uuid', description: 'The staff member of the council who would be seconded' })
  @IsUUID()
  staffMemberId!: string;

  @ApiProperty({
    example: 0.5,
    description: 'FTE lent (0.001 to 1, to a thousandth); with their other secondments, at most their contract',
  })
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0.001)
  @Max(1)
  fte!: number;

  @ApiProperty({ example: '2018-06-01', format: 'date', description: 'First day of the secondment' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'start must be a date (YYYY-MM-DD)' })
  start!: string;

  @ApiProperty({ example: '2019-05-31', format: 'date', description: 'Last day of the secondment (inclusive), on or after start' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'end must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('start')
  end!: string;
}

@ApiSchema({
  description: 'A what-if question: the council’s capacity timeline over a period with proposed secondments added; nothing is saved',
})
export class WhatIfDto extends CapacityQuery {
  @ApiProperty({ type: [ProposedSecondmentDto], description: 'Secondments to add to the picture (at most 500); nothing is saved' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ProposedSecondmentDto)
  proposed!: ProposedSecondmentDto[];
}

export class CapacityCheckQuery {
  @ApiPropertyOptional({
    type: Number,
    example: 0.5,
    default: 0.5,
    description: 'The check warns when a team’s headroom above its retention floor dips under this many FTE on any day',
  })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0)
  @Max(1000)
  warnBelowFte = 0.5;

  @ApiPropertyOptional({
    type: Number,
    example: 50,
    default: 50,
    description: 'Distance between the two councils’ headquarters (great-circle miles) above which travel is named as a risk',
  })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1000)
  distanceThresholdMiles = 50;
}

@ApiSchema({ description: 'A team’s capacity on one day, or on the worst day of one week; every figure in FTE, exact to a thousandth' })
export class CapacityPoint {
  @ApiProperty({ example: '2018-05-07', format: 'date', description: 'The day, or the first day of the week (its Monday, or `from`)' })
  date!: string;
  @ApiProperty({ example: 48, description: 'The team’s establishment: its budgeted FTE' }) establishmentFte!: number;
  @ApiProperty({ example: 40.8, description: 'The retention floor in FTE: establishment × retention floor share, rounded up' })
  floorFte!: number;
  @ApiProperty({ example: 44.2, description: 'Contracted FTE of the staff employed that day' }) contractedFte!: number;
  @ApiProperty({ example: 1.5, description: 'FTE of the team’s staff away on secondment that day' }) secondedOutFte!: number;
  @ApiProperty({ example: 42.7, description: 'Home FTE: contracted less seconded out' }) homeFte!: number;
  @ApiProperty({ example: 1.9, description: 'Home FTE above the floor; negative below it' }) headroomFte!: number;
  @ApiProperty({ example: false, description: 'True when home FTE is under the floor' }) belowFloor!: boolean;

  static from(day: TeamDay): CapacityPoint {
    return {
      date: day.date,
      establishmentFte: fromMilliFte(day.establishment),
      floorFte: fromMilliFte(day.floor),
      contractedFte: fromMilliFte(day.contracted),
      secondedOutFte: fromMilliFte(day.secondedOut),
      homeFte: fromMilliFte(day.home),
      headroomFte: fromMilliFte(day.headroom),
      belowFloor: day.belowFloor,
    };
  }
}

@ApiSchema({ description: 'A run of calendar days, both ends included' })
export class DateRangeDto {
  @ApiProperty({ format: 'date', description: 'First day' }) start!: string;
  @ApiProperty({ format: 'date', description: 'Last day (inclusive)' }) end!: string;
}

@ApiSchema({ description: 'One team’s capacity timeline over the period asked for' })
export class TeamCapacityResponse {
  @ApiProperty({ format: 'uuid', description: 'The team' }) teamId!: string;
  @ApiProperty({ example: 'Assessment and Intervention, Basingstoke', description: 'The team’s name' }) teamName!: string;
  @ApiProperty({ type: [DateRangeDto], description: 'Days below the retention floor, merged into ranges' }) breaches!: DateRangeDto[];
  @ApiProperty({ type: [CapacityPoint], description: 'Home FTE, floor and headroom, by day or week, in date order' })
  points!: CapacityPoint[];

  static from(team: TeamCapacity): TeamCapacityResponse {
    return { teamId: team.teamId, teamName: team.teamName, breaches: team.breaches, points: team.points.map(CapacityPoint.from) };
  }
}

@ApiSchema({ description: 'A council’s capacity timeline: each team’s home FTE, floor and headroom by day or week over a period' })
export class CapacityTimelineResponse {
  @ApiProperty({ example: 'E10000014', description: 'GSS code of the council counted' }) councilCode!: string;
  @ApiProperty({ format: 'date', description: 'First day counted' }) from!: string;
  @ApiProperty({ format: 'date', description: 'Last day counted (inclusive)' }) to!: string;
  @ApiProperty({ enum: ['day', 'week'], description: 'Whether each point is a day or a week (its worst day)' }) granularity!: string;
  @ApiProperty({ type: [TeamCapacityResponse], description: 'Every team of the council, or the one team asked for' })
  teams!: TeamCapacityResponse[];
}

@ApiSchema({ description: 'How one team of the lead council fares over the partnership’s period in the capacity check' })
export class TeamCheckResponse {
  @ApiProperty({ format: 'uuid', description: 'The team' }) teamId!: string;
  @ApiProperty({ description: 'The team’s name' }) teamName!: string;
  @ApiProperty({ example: 0.8, description: 'The least headroom above the floor on any day of the period, in FTE; negative below it' })
  minimumHeadroomFte!: number;
  @ApiProperty({ format: 'date', description: 'The first day with that least headroom' }) minimumOn!: string;
  @ApiProperty({ type: [DateRangeDto], description: 'Days below the retention floor, merged into ranges; empty when none' })
  breaches!: DateRangeDto[];
}

@ApiSchema({ description: 'A risk the capacity check names beside the staff figures' })
export class CapacityRiskResponse {
  @ApiProperty({
    enum: ['travel_distance', 'savings_programme'],
    description: 'The headquarters are far apart, or the lead council is still delivering a savings programme during the period',
  })
  category!: string;
  @ApiProperty({ example: 'the councils’ headquarters are 57 miles apart as the crow flies', description: 'The risk in words' })
  detail!: string;
}

@ApiSchema({
  description:
    'The capacity check of a partnership: every team of the lead council over the partnership’s planned period with its proposed secondments added',
})
export class CapacityCheckResponse {
  @ApiProperty({
    enum: ['pass', 'warn', 'fail'],
    example: 'warn',
    description: '`fail` when a team falls below its floor on any day, `warn` when headroom drops under the warning FTE, `pass` otherwise',
  })
  outcome!: string;
  @ApiProperty({ type: DateRangeDto, description: 'The partnership’s planned start and end' }) period!: DateRangeDto;
  @ApiProperty({ type: [TeamCheckResponse], description: 'Every team of the lead council' }) teams!: TeamCheckResponse[];
  @ApiProperty({ type: [CapacityRiskResponse], description: 'Travel distance and savings programme risks; empty when none' })
  risks!: CapacityRiskResponse[];
  @ApiPropertyOptional({
    example: 57,
    nullable: true,
    type: Number,
    description: 'Great-circle miles between the councils’ headquarters, rounded; null when either council has no headquarters recorded',
  })
  distanceMiles!: number | null;

  static from(check: PartnershipCapacityCheck): CapacityCheckResponse {
    return {
      outcome: check.outcome,
      period: check.period,
      teams: check.teams.map((team) => ({
        teamId: team.teamId,
        teamName: team.teamName,
        minimumHeadroomFte: fromMilliFte(team.minimumHeadroom),
        minimumOn: team.minimumOn,
        breaches: team.breaches,
      })),
      risks: check.risks,
      distanceMiles: check.distanceMiles,
    };
  }
}

@ApiSchema({ description: 'The staff time one partnership takes in one week' })
export class PortfolioWeek {
  @ApiProperty({ format: 'date', example: '2019-01-07', description: 'First day of the week; weeks run seven days at a time from `from`' })
  weekStart!: string;
  @ApiProperty({ example: 2.4, description: 'Peak seconded FTE in the week' }) fte!: number;
}

@ApiSchema({ description: 'One partnership the council leads, and the staff time it takes' })
export class PortfolioPartnership {
  @ApiProperty({ format: 'uuid', description: 'The partnership' }) partnershipId!: string;
  @ApiProperty({ description: 'The partnership’s title' }) title!: string;
  @ApiProperty({ example: 'E10000002', description: 'GSS code of the council being helped' }) supportedCouncilCode!: string;
  @ApiProperty({ enum: PARTNERSHIP_STAGES, example: 'active', description: 'Where the partnership stands in its workflow' }) stage!: string;
  @ApiProperty({ example: 2.4, description: 'Seconded FTE today' }) fteNow!: number;
  @ApiProperty({ type: [PortfolioWeek], description: 'Seconded FTE week by week over the period asked for' }) weekly!: PortfolioWeek[];

  static from(entry: PortfolioEntry): PortfolioPartnership {
    return {
      partnershipId: entry.partnershipId,
      title: entry.title,
      supportedCouncilCode: entry.supportedCouncilCode,
      stage: entry.stage,
      fteNow: fromMilliFte(entry.fteNow),
      weekly: entry.weekly.map((week) => ({ weekStart: week.weekStart, fte: fromMilliFte(week.fte) })),
    };
  }
}

@ApiSchema({ description: 'A lead council’s portfolio: every partnership it leads and the staff time each takes, today and week by week' })
export class PortfolioResponse {
  @ApiProperty({ example: 'E10000014', description: 'GSS code of the lead council' }) councilCode!: string;
  @ApiProperty({ format: 'date', description: 'The day the “now” figures are for' }) today!: string;
  @ApiProperty({ example: 3.1, description: 'Seconded FTE of all its partnerships together, today' }) totalFteNow!: number;
  @ApiProperty({ type: [PortfolioPartnership], description: 'Every partnership the council leads' }) partnerships!: PortfolioPartnership[];
}

export class PortfolioQuery {
  @ApiProperty({ example: '2018-05-07', format: 'date', description: 'First day of the weekly figures' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;

  @ApiProperty({ example: '2020-05-03', format: 'date', description: 'Last day of the weekly figures (inclusive), on or after from' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('from')
  to!: string;

  @ApiPropertyOptional({ example: '2019-01-15', format: 'date', description: 'The day "now" means; defaults to today' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'today must be a date (YYYY-MM-DD)' })
  today?: string;
}
