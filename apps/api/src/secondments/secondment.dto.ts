import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';
import { SECONDMENT_STATUSES, type SecondmentEntity } from '#persistence';
import { FTE_DECIMAL_PLACES } from '../common/fte.js';
import { PageMeta } from '../common/page.query.js';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../common/gss-code.js';
import { PageQuery } from '../common/page.query.js';
import { IsOnOrAfter } from '../validation/field-comparison.validators.js';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';
import { IsBoundedInteger, IsRecordVersion, MAX_PENCE } from '../validation/bounded-integer.validator.js';
import { IsFiniteDecimal } from '../validation/decimal-places.validator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ApiSchema({ description: 'A secondment to propose: a staff member of the lead council working part of their time for a partnership' })
export class ProposeSecondmentDto {
  @ApiProperty({ format: 'uuid', description: 'The staff member seconded' })
  @IsUUID()
  staffMemberId!: string;

  @ApiProperty({ format: 'uuid', description: 'The partnership the staff member is seconded to' })
  @IsUUID()
  partnershipId!: string;

  @ApiProperty({ example: 0.4, description: 'Share of the person’s time, in FTE (up to 3 decimals)' })
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0.001)
  @Max(1)
  fte!: number;

  @ApiProperty({ example: '2018-05-01', format: 'date', description: 'The first day of the secondment' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'start must be a date (YYYY-MM-DD)' })
  start!: string;

  @ApiProperty({ example: '2019-04-30', format: 'date', description: 'The last day of the secondment; not before the start' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'end must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('start')
  end!: string;

  @ApiPropertyOptional({
    enum: ['day_rate', 'salary_share'],
    description: 'How the supported council pays for the time: a day rate, or a share of the salary; absent when not recharged',
  })
  @IsOptionalNotNull()
  @IsIn(['day_rate', 'salary_share'])
  rechargeKind?: 'day_rate' | 'salary_share';

  @ApiPropertyOptional({ type: 'integer', example: 45000, description: 'Day rate in pence (£450), required with a day-rate recharge' })
  @ValidateIf((dto: ProposeSecondmentDto) => dto.rechargeKind === 'day_rate' || dto.rechargeDayRatePence !== undefined)
  @IsBoundedInteger(0, MAX_PENCE, { message: 'rechargeDayRatePence (whole pence) is required with a day-rate recharge' })
  rechargeDayRatePence?: number;
}

@ApiSchema({ description: 'Ending an active secondment, early or on its planned end' })
export class EndSecondmentDto {
  @ApiPropertyOptional({ example: '2019-01-31', format: 'date', description: 'Last day; defaults to the planned end' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'endedOn must be a date (YYYY-MM-DD)' })
  endedOn?: string;
}

@ApiSchema({ description: 'Filters and paging for secondments' })
export class ListSecondmentsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only secondments of this staff member' })
  @IsOptionalNotNull()
  @IsUUID()
  staffMemberId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only secondments to this partnership' })
  @IsOptionalNotNull()
  @IsUUID()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: SECONDMENT_STATUSES, description: 'Only secondments with this status' })
  @IsOptionalNotNull()
  @IsIn(SECONDMENT_STATUSES)
  status?: (typeof SECONDMENT_STATUSES)[number];

  @ApiPropertyOptional({ example: 'E10000014', description: 'The lending council; defaults to your own' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode?: string;
}

@ApiSchema({ description: 'A secondment: part of a staff member’s time, in FTE, given to a partnership between two dates' })
export class SecondmentResponse {
  @ApiProperty({ format: 'uuid', description: 'The secondment’s id' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The staff member seconded' }) staffMemberId!: string;
  @ApiProperty({ format: 'uuid', description: 'The partnership the staff member works for' }) partnershipId!: string;
  @ApiProperty({ example: 0.4, description: 'Share of the person’s time, in FTE' }) fte!: number;
  @ApiProperty({ format: 'date', example: '2018-05-01', description: 'The first day of the secondment' }) start!: string;
  @ApiProperty({
    format: 'date',
    example: '2019-04-30',
    description: 'Last day: as planned until it ends, then the day it actually ended (capacity counts it up to this day)',
  })
  end!: string;
  @ApiProperty({ format: 'date', example: '2019-04-30', description: 'The last day as booked' }) plannedEnd!: string;
  @ApiProperty({ enum: SECONDMENT_STATUSES, example: 'proposed', description: 'proposed, approved, active (started), ended or cancelled' })
  status!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'day_rate or salary_share; null when the time is not recharged' })
  rechargeKind!: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer', description: 'Day rate in pence; null unless recharged at a day rate' })
  rechargeDayRatePence!: number | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; for optimistic concurrency' }) version!: number;

  static from(entity: SecondmentEntity): SecondmentResponse {
    return {
      id: entity.id,
      staffMemberId: entity.staffMemberId,
      partnershipId: entity.partnershipId,
      fte: Number(entity.fte),
      start: entity.startDate,
      end: entity.endDate,
      plannedEnd: entity.plannedEnd,
      status: entity.status,
      rechargeKind: entity.rechargeKind,
      rechargeDayRatePence: entity.rechargeDayRatePence === null ? null : Number(entity.rechargeDayRatePence),
      version: entity.version,
    };
  }
}

@ApiSchema({ description: 'One page of secondments' })
export class SecondmentPage extends PageMeta {
  @ApiProperty({ type: [SecondmentResponse], description: 'The secondments on this page' })
  items!: SecondmentResponse[];
}

@ApiSchema({ description: 'A secondment’s move to its next status, optionally at the version read' })
export class SecondmentStatusDto {
  @ApiPropertyOptional({ type: 'integer', example: 1, description: 'Optional: the version you read' })
  @IsOptionalNotNull()
  @IsRecordVersion()
  version?: number;
}
