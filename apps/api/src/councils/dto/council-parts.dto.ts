import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';
import { IsBoundedInteger, MAX_PENCE } from '../../validation/bounded-integer.validator.js';
import { IsFiniteDecimal } from '../../validation/decimal-places.validator.js';

export const COUNCIL_TYPES = ['county', 'unitary', 'metropolitan_district', 'london_borough'] as const;
export const OFSTED_JUDGEMENTS = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ApiSchema({ description: 'Where a council has its headquarters, to measure the travel distance between partner councils' })
export class HeadquartersDto {
  @ApiProperty({ example: 51.0632, minimum: 49, maximum: 61, description: 'Latitude in decimal degrees (WGS 84), up to 5 decimal places' })
  @IsFiniteDecimal(5)
  @Min(49)
  @Max(61)
  latitude!: number;

  @ApiProperty({ example: -1.319, minimum: -8, maximum: 2, description: 'Longitude in decimal degrees (WGS 84), up to 5 decimal places' })
  @IsFiniteDecimal(5)
  @Min(-8)
  @Max(2)
  longitude!: number;
}

@ApiSchema({ description: 'Ofsted’s latest overall judgement of the council’s children’s services, and when it was given' })
export class OfstedJudgementDto {
  @ApiProperty({ enum: OFSTED_JUDGEMENTS, example: 'inadequate', description: 'The overall judgement' })
  @IsIn(OFSTED_JUDGEMENTS)
  judgement!: (typeof OFSTED_JUDGEMENTS)[number];

  @ApiProperty({ example: '2017-11-24', format: 'date', description: 'The day the inspection report was published' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'date must be a date (YYYY-MM-DD)' })
  date!: string;

  @ApiProperty({ example: false, description: 'True when the judgement or its date is illustrative, not from the public record' })
  @IsOptionalNotNull()
  @IsBoolean()
  illustrative?: boolean;
}

@ApiSchema({
  description: 'A savings programme the council is delivering; the capacity check names it as a risk while it runs into a partnership',
})
export class SavingsProgrammeDto {
  @ApiProperty({ example: 'Transformation to 2019 (T19)', description: 'The programme’s name' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ type: 'integer', example: 14_000_000_000, description: 'Target in pence (integer): £140m' })
  @IsBoundedInteger(0, MAX_PENCE)
  targetPence!: number;

  @ApiProperty({ example: '2019-03-31', format: 'date', description: 'The last day of the programme' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'endDate must be a date (YYYY-MM-DD)' })
  endDate!: string;
}
