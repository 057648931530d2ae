import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { COUNCIL_TYPES, HeadquartersDto, OfstedJudgementDto, SavingsProgrammeDto } from './council-parts.dto.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

@ApiSchema({ description: 'A council to add, with its default governance settings' })
export class CreateCouncilDto {
  @ApiProperty({ example: 'E06000027', description: 'The council’s GSS (ONS) code; unique, and never changed afterwards' })
  @Matches(GSS_CODE, { message: `code ${GSS_CODE_MESSAGE}` })
  code!: string;

  @ApiProperty({ example: 'Torbay Council', description: 'The council’s name' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: COUNCIL_TYPES, example: 'unitary', description: 'The kind of local authority' })
  @IsIn(COUNCIL_TYPES)
  type!: (typeof COUNCIL_TYPES)[number];

  @ApiProperty({ example: 'South West', description: 'The English region it lies in' })
  @IsString()
  @Length(1, 100)
  region!: string;

  @ApiPropertyOptional({ type: HeadquartersDto, description: 'Where its headquarters are, for travel distances; may be left out' })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => HeadquartersDto)
  hq?: HeadquartersDto;

  @ApiPropertyOptional({ type: OfstedJudgementDto, description: 'Ofsted’s latest judgement of its children’s services; may be left out' })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => OfstedJudgementDto)
  ofsted?: OfstedJudgementDto;

  @ApiPropertyOptional({ type: SavingsProgrammeDto, description: 'The savings programme it is delivering, if any' })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => SavingsProgrammeDto)
  savingsProgramme?: SavingsProgrammeDto;
}
