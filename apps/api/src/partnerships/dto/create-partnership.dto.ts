import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, IsUUID, Length, Matches } from 'class-validator';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { IsNotSameAs, IsOnOrAfter } from '../../validation/field-comparison.validators.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';
import { IsBoundedInteger, MAX_PENCE } from '../../validation/bounded-integer.validator.js';

export const PARTNERSHIP_KINDS = ['improvement_adviser', 'improvement_partner', 'peer_support'] as const;
export const FUNDING_KINDS = ['grant', 'recharge', 'grant_and_recharge'] as const;

@ApiSchema({ description: 'A new partnership, drafted by the lead council' })
export class CreatePartnershipDto {
  @ApiProperty({
    example: 'Hampshire support for Buckinghamshire children’s services',
    minLength: 1,
    maxLength: 200,
    description: 'A short name for the partnership: who supports whom, in which service',
  })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: 'E10000014', description: 'GSS code of the lead council (Hampshire)' })
  @IsString()
  @Matches(GSS_CODE, { message: `leadCouncilCode ${GSS_CODE_MESSAGE}` })
  leadCouncilCode!: string;

  @ApiProperty({ example: 'E10000002', description: 'GSS code of the supported council (Buckinghamshire)' })
  @IsString()
  @Matches(GSS_CODE, { message: `supportedCouncilCode ${GSS_CODE_MESSAGE}` })
  @IsNotSameAs('leadCouncilCode', { message: 'a council cannot partner with itself' })
  supportedCouncilCode!: string;

  @ApiProperty({ example: '2018-05-01', format: 'date', description: 'The day support is planned to start' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'plannedStart must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'plannedStart must be a date (YYYY-MM-DD)' })
  plannedStart!: string;

  @ApiProperty({ example: '2022-03-31', format: 'date', description: 'The day support is planned to end; not before the planned start' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'plannedEnd must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'plannedEnd must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('plannedStart')
  plannedEnd!: string;

  @ApiPropertyOptional({
    enum: PARTNERSHIP_KINDS,
    default: 'improvement_partner',
    description: 'The kind of support the lead council gives',
  })
  @IsOptionalNotNull()
  @IsIn(PARTNERSHIP_KINDS)
  kind?: (typeof PARTNERSHIP_KINDS)[number];

  @ApiPropertyOptional({
    example: 'Leadership, practice improvement and quality assurance support',
    maxLength: 4000,
    description: 'What the support covers',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  scope?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The DfE intervention this partnership answers, if any' })
  @IsOptionalNotNull()
  @IsUUID()
  interventionId?: string;

  @ApiPropertyOptional({
    enum: FUNDING_KINDS,
    description: 'How the support is paid for: a grant, a recharge between the councils, or both',
  })
  @IsOptionalNotNull()
  @IsIn(FUNDING_KINDS)
  fundingKind?: (typeof FUNDING_KINDS)[number];

  @ApiPropertyOptional({ type: 'integer', example: 45_000_000, description: 'Funding in integer pence (£450,000)' })
  @IsOptionalNotNull()
  @IsBoundedInteger(0, MAX_PENCE)
  fundingAmountPence?: number;
}
