import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
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

@ApiSchema({ description: 'A new staff member of a team' })
export class CreateStaffMemberDto {
  @ApiProperty({ format: 'uuid', description: 'The team the staff member belongs to' })
  @IsUUID()
  teamId!: string;

  @ApiProperty({ example: 'Synthetic Worker 042', description: 'The name shown for the staff member (synthetic in test data)' })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'senior_practitioner', description: 'The staff member’s job role' })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;

  @ApiProperty({ example: 0.8, description: 'Contracted FTE, greater than 0 and at most 1 (3 decimals)' })
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0.001)
  @Max(1)
  contractedFte!: number;

  @ApiProperty({ example: '2015-09-01', format: 'date', description: 'The first day of employment' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'employmentStart must be a date (YYYY-MM-DD)' })
  employmentStart!: string;

  @ApiPropertyOptional({
    example: null,
    format: 'date',
    nullable: true,
    type: String,
    description: 'The last day of employment; null while employed',
  })
  @IsOptionalOrNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'employmentEnd must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('employmentStart')
  employmentEnd?: string;
}

@ApiSchema({ description: 'Changes to a staff member, at the version read' })
export class UpdateStaffMemberDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move to another team of the same council' })
  @IsOptionalNotNull()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ example: 'Synthetic Worker 042', description: 'A new display name' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES, description: 'A new job role' })
  @IsOptionalNotNull()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ example: 0.6, description: 'The contracted FTE, above 0 and at most 1 (1 is full time)' })
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

@ApiSchema({ description: 'Filters and paging for staff members' })
export class ListStaffQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only staff of this team' })
  @IsOptionalNotNull()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES, description: 'Only staff with this job role' })
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

@ApiSchema({ description: 'A staff member of a council team, with their contracted FTE' })
export class StaffMemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The staff member’s id' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The team the staff member belongs to' })
  teamId!: string;

  @ApiProperty({ example: 'Synthetic Worker 042', description: 'The name shown for the staff member' })
  displayName!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'senior_practitioner', description: 'The staff member’s job role' })
  role!: StaffRole;

  @ApiProperty({ example: 0.8, description: 'The contracted FTE, above 0 and at most 1 (1 is full time)' })
  contractedFte!: number;

  @ApiProperty({ example: '2015-09-01', format: 'date', description: 'The first day of employment' })
  employmentStart!: string;

  @ApiPropertyOptional({
    example: null,
    format: 'date',
    nullable: true,
    type: String,
    description: 'The last day of employment; null while employed',
  })
  employmentEnd!: string | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; for optimistic concurrency' })
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

@ApiSchema({ description: 'One page of staff members' })
export class StaffMemberPage extends PageMeta {
  @ApiProperty({ type: [StaffMemberResponse], description: 'The staff members on this page' })
  items!: StaffMemberResponse[];
}
