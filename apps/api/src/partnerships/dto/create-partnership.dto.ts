import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Length, Matches } from 'class-validator';
import { IsNotSameAs, IsOnOrAfter } from '../../validation/field-comparison.validators.js';

const GSS_CODE = /^[EW]\d{8}$/;
const GSS_MESSAGE = 'must be an ONS/GSS council code such as E10000014';

export class CreatePartnershipDto {
  @ApiProperty({ example: 'Hampshire support for Buckinghamshire children’s services', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: 'E10000014', description: 'GSS code of the lead council (Hampshire)' })
  @IsString()
  @Matches(GSS_CODE, { message: `leadCouncilCode ${GSS_MESSAGE}` })
  leadCouncilCode!: string;

  @ApiProperty({ example: 'E10000002', description: 'GSS code of the supported council (Buckinghamshire)' })
  @IsString()
  @Matches(GSS_CODE, { message: `supportedCouncilCode ${GSS_MESSAGE}` })
  @IsNotSameAs('leadCouncilCode', { message: 'a council cannot partner with itself' })
  supportedCouncilCode!: string;

  @ApiProperty({ example: '2018-05-01', format: 'date' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'plannedStart must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'plannedStart must be a date (YYYY-MM-DD)' })
  plannedStart!: string;

  @ApiProperty({ example: '2022-03-31', format: 'date' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'plannedEnd must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'plannedEnd must be a date (YYYY-MM-DD)' })
  @IsOnOrAfter('plannedStart')
  plannedEnd!: string;
}
