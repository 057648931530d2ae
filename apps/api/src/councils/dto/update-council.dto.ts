import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { COUNCIL_TYPES, HeadquartersDto, OfstedJudgementDto, SavingsProgrammeDto } from './council-parts.dto.js';
import { IsOptionalNotNull, IsOptionalOrNull } from '../../validation/optional-fields.validator.js';
import { IsRecordVersion } from '../../validation/bounded-integer.validator.js';

/** Fields left out stay as they are; `null` clears an optional part. */
export class UpdateCouncilDto {
  @ApiProperty({ type: 'integer', example: 3, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ example: 'Torbay Council' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: COUNCIL_TYPES })
  @IsOptionalNotNull()
  @IsIn(COUNCIL_TYPES)
  type?: (typeof COUNCIL_TYPES)[number];

  @ApiPropertyOptional({ example: 'South West' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 100)
  region?: string;

  @ApiPropertyOptional({ type: HeadquartersDto, nullable: true })
  @IsOptionalOrNull()
  @ValidateNested()
  @Type(() => HeadquartersDto)
  hq?: HeadquartersDto | null;

  @ApiPropertyOptional({ type: OfstedJudgementDto, nullable: true })
  @IsOptionalOrNull()
  @ValidateNested()
  @Type(() => OfstedJudgementDto)
  ofsted?: OfstedJudgementDto | null;

  @ApiPropertyOptional({ type: SavingsProgrammeDto, nullable: true })
  @IsOptionalOrNull()
  @ValidateNested()
  @Type(() => SavingsProgrammeDto)
  savingsProgramme?: SavingsProgrammeDto | null;
}
