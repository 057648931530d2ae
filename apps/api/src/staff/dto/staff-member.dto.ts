import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { STAFF_ROLES, type StaffMemberEntity, type StaffRole } from '#persistence';
import { FTE_DECIMAL_PLACES, fteFromColumn } from '../../common/fte.js';
import { PageMeta } from '../../common/page.query.js';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { PageQuery } from '../../common/page.query.js';
import { IsOnOrAfter } from '../../validation/field-comparison.validators.js';
import { IsOptionalNotNull, IsOptionalOrNull } from '../../validation/optional-fields.validator.js';
import { IsRecordVersion } from '../../validation/bounded-integer.validator.js';
import { IsFiniteDecimal } from '../../validation/decimal-places.validator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateStaffMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teamId!: string;

  @ApiProperty({ example: 'Synthetic Worker 042' })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'senior_practitioner' })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;

  @ApiProperty({ example: 0.8, description: 'Contracted FTE, greater than 0 and at most 1 (3 decimals)' })
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0.001)
  @Max(1)
  contractedFte!: number;

  @ApiProperty({ example: '2015-09-01', format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'employmentStart must be a date (YYYY-MM-DD)' })
  employmentStart!: string;

  @ApiPropertyOptional({ example: null, format: 'date', nullable: true, type: String })
  @IsOptionalOrNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'employmentEnd must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('employmentStart')
  employmentEnd?: string;
}

export class UpdateStaffMemberDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move to another team of the same council' })
  @IsOptionalNotNull()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ example: 'Synthetic Worker 042' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptionalNotNull()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ example: 0.6 })
  @IsOptionalNotNull()
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0.001)
  @Max(1)
  contractedFte?: number;

  @ApiPropertyOptional({
    example: '2026-03-31',
    format: 'date',
    nullable: true,
    type: String,
    description: 'A leaver’s last day; null clears it',
  })
  @IsOptionalOrNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'employmentEnd must be a date (YYYY-MM-DD)' })
  employmentEnd?: string | null;
}

export class ListStaffQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptionalNotNull()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ example: 'E10000014', description: 'Defaults to your own council' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode?: string;

  @ApiPropertyOptional({ example: '2018-04-16', format: 'date', description: 'Only staff employed on this day' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'employedOn must be a date (YYYY-MM-DD)' })
  employedOn?: string;
}

export class StaffMemberResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty({ example: 'Synthetic Worker 042' })
  displayName!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'senior_practitioner' })
  role!: StaffRole;

  @ApiProperty({ example: 0.8 })
  contractedFte!: number;

  @ApiProperty({ example: '2015-09-01', format: 'date' })
  employmentStart!: string;

  @ApiPropertyOptional({ example: null, format: 'date', nullable: true, type: String })
  employmentEnd!: string | null;

  @ApiProperty({ type: 'integer', example: 1 })
  version!: number;

  static from(entity: StaffMemberEntity): StaffMemberResponse {
    return {
      id: entity.id,
      teamId: entity.teamId,
      displayName: entity.displayName,
      role: entity.role,
      contractedFte: fteFromColumn(entity.contractedFte),
      employmentStart: entity.employmentStart,
      employmentEnd: entity.employmentEnd,
      version: entity.version,
    };
  }
}

export class StaffMemberPage extends PageMeta {
  @ApiProperty({ type: [StaffMemberResponse] })
  items!: StaffMemberResponse[];
}
