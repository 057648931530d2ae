import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiProperty({ example: '2018-05-01', format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;

  @ApiProperty({ example: '2020-04-30', format: 'date', description: 'At most three years after from' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('from')
  to!: string;

  @ApiPropertyOptional({ enum: ['day', 'week'], default: 'week', description: 'A week reports its worst day' })
  @IsOptionalNotNull()
  @IsIn(['day', 'week'])
  granularity: 'day' | 'week' = 'week';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  teamId?: string;
}

export class ProposedSecondmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  staffMemberId!: string;

  @ApiProperty({ example: 0.5 })
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0.001)
  @Max(1)
  fte!: number;

  @ApiProperty({ example: '2018-06-01', format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'start must be a date (YYYY-MM-DD)' })
  start!: string;

  @ApiProperty({ example: '2019-05-31', format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'end must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('start')
  end!: string;
}

export class WhatIfDto extends CapacityQuery {
  @ApiProperty({ type: [ProposedSecondmentDto], description: 'Secondments to add to the picture; nothing is saved' })
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
    description: 'Warn when a team’s headroom above its floor dips under this many FTE',
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
    description: 'Travel distance (great-circle miles) above which it is a risk',
  })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1000)
  distanceThresholdMiles = 50;
}

export class CapacityPoint {
  @ApiProperty({ example: '2018-05-07', format: 'date', description: 'The day, or the Monday of the week' }) date!: string;
  @ApiProperty({ example: 48 }) establishmentFte!: number;
  @ApiProperty({ example: 40.8 }) floorFte!: number;
  @ApiProperty({ example: 44.2 }) contractedFte!: number;
  @ApiProperty({ example: 1.5 }) secondedOutFte!: number;
  @ApiProperty({ example: 42.7 }) homeFte!: number;
  @ApiProperty({ example: 1.9, description: 'Home FTE above the floor; negative below it' }) headroomFte!: number;
  @ApiProperty({ example: false }) belowFloor!: boolean;

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

export class DateRangeDto {
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ format: 'date' }) end!: string;
}

export class TeamCapacityResponse {
  @ApiProperty({ format: 'uuid' }) teamId!: string;
  @ApiProperty({ example: 'Assessment and Intervention, Basingstoke' }) teamName!: string;
  @ApiProperty({ type: [DateRangeDto], description: 'Days below the retention floor, merged into ranges' }) breaches!: DateRangeDto[];
  @ApiProperty({ type: [CapacityPoint] }) points!: CapacityPoint[];

  static from(team: TeamCapacity): TeamCapacityResponse {
    return { teamId: team.teamId, teamName: team.teamName, breaches: team.breaches, points: team.points.map(CapacityPoint.from) };
  }
}

export class CapacityTimelineResponse {
  @ApiProperty({ example: 'E10000014' }) councilCode!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ enum: ['day', 'week'] }) granularity!: string;
  @ApiProperty({ type: [TeamCapacityResponse] }) teams!: TeamCapacityResponse[];
}

export class TeamCheckResponse {
  @ApiProperty({ format: 'uuid' }) teamId!: string;
  @ApiProperty() teamName!: string;
  @ApiProperty({ example: 0.8 }) minimumHeadroomFte!: number;
  @ApiProperty({ format: 'date' }) minimumOn!: string;
  @ApiProperty({ type: [DateRangeDto] }) breaches!: DateRangeDto[];
}

export class CapacityRiskResponse {
  @ApiProperty({ enum: ['travel_distance', 'savings_programme'] }) category!: string;
  @ApiProperty({ example: 'the councils’ headquarters are 57 miles apart as the crow flies' }) detail!: string;
}

export class CapacityCheckResponse {
  @ApiProperty({ enum: ['pass', 'warn', 'fail'], example: 'warn' }) outcome!: string;
  @ApiProperty({ type: DateRangeDto }) period!: DateRangeDto;
  @ApiProperty({ type: [TeamCheckResponse] }) teams!: TeamCheckResponse[];
  @ApiProperty({ type: [CapacityRiskResponse] }) risks!: CapacityRiskResponse[];
  @ApiPropertyOptional({ example: 57, nullable: true, type: Number }) distanceMiles!: number | null;

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

export class PortfolioWeek {
  @ApiProperty({ format: 'date', example: '2019-01-07' }) weekStart!: string;
  @ApiProperty({ example: 2.4, description: 'Peak seconded FTE in the week' }) fte!: number;
}

export class PortfolioPartnership {
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'E10000002' }) supportedCouncilCode!: string;
  @ApiProperty({ enum: PARTNERSHIP_STAGES, example: 'active', description: 'Where the partnership stands in its workflow' }) stage!: string;
  @ApiProperty({ example: 2.4, description: 'Seconded FTE today' }) fteNow!: number;
  @ApiProperty({ type: [PortfolioWeek] }) weekly!: PortfolioWeek[];

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

export class PortfolioResponse {
  @ApiProperty({ example: 'E10000014' }) councilCode!: string;
  @ApiProperty({ format: 'date' }) today!: string;
  @ApiProperty({ example: 3.1, description: 'All partnerships together, today' }) totalFteNow!: number;
  @ApiProperty({ type: [PortfolioPartnership] }) partnerships!: PortfolioPartnership[];
}

export class PortfolioQuery {
  @ApiProperty({ example: '2018-05-07', format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;

  @ApiProperty({ example: '2020-05-03', format: 'date' })
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
