import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length, Matches } from 'class-validator';
import { FUNDING_KINDS, PARTNERSHIP_KINDS } from './create-partnership.dto.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';
import { IsBoundedInteger, IsRecordVersion, MAX_PENCE } from '../../validation/bounded-integer.validator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Changes to a draft; once submitted, the partnership's terms are what reviewers and Cabinet saw. */
@ApiSchema({ description: 'Changes to a draft partnership; once submitted, its terms are what reviewers and Cabinet saw' })
export class UpdatePartnershipDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({
    example: 'Hampshire support for Buckinghamshire children’s services',
    description: 'A new short name for the partnership',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ example: '2018-05-01', format: 'date', description: 'A new planned start' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'plannedStart must be a date (YYYY-MM-DD)' })
  plannedStart?: string;

  @ApiPropertyOptional({ example: '2022-03-31', format: 'date', description: 'A new planned end; not before the planned start' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'plannedEnd must be a date (YYYY-MM-DD)' })
  plannedEnd?: string;

  @ApiPropertyOptional({ enum: PARTNERSHIP_KINDS, description: 'The kind of support the lead council gives' })
  @IsOptionalNotNull()
  @IsIn(PARTNERSHIP_KINDS)
  kind?: (typeof PARTNERSHIP_KINDS)[number];

  @ApiPropertyOptional({ maxLength: 4000, description: 'What the support covers; null clears it' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  scope?: string;

  @ApiPropertyOptional({ enum: FUNDING_KINDS, description: 'How the support is paid for; null clears it' })
  @IsOptionalNotNull()
  @IsIn(FUNDING_KINDS)
  fundingKind?: (typeof FUNDING_KINDS)[number];

  @ApiPropertyOptional({ type: 'integer', example: 45_000_000, description: 'Integer pence' })
  @IsOptionalNotNull()
  @IsBoundedInteger(0, MAX_PENCE)
  fundingAmountPence?: number;
}
