import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { COUNCIL_TYPES, HeadquartersDto, OfstedJudgementDto, SavingsProgrammeDto } from './council-parts.dto.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

export class CreateCouncilDto {
  @ApiProperty({ example: 'E06000027', description: 'ONS/GSS code, unique' })
  @Matches(GSS_CODE, { message: `code ${GSS_CODE_MESSAGE}` })
  code!: string;

  @ApiProperty({ example: 'Torbay Council' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: COUNCIL_TYPES, example: 'unitary' })
  @IsIn(COUNCIL_TYPES)
  type!: (typeof COUNCIL_TYPES)[number];

  @ApiProperty({ example: 'South West' })
  @IsString()
  @Length(1, 100)
  region!: string;

  @ApiPropertyOptional({ type: HeadquartersDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => HeadquartersDto)
  hq?: HeadquartersDto;

  @ApiPropertyOptional({ type: OfstedJudgementDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => OfstedJudgementDto)
  ofsted?: OfstedJudgementDto;

  @ApiPropertyOptional({ type: SavingsProgrammeDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => SavingsProgrammeDto)
  savingsProgramme?: SavingsProgrammeDto;
}
