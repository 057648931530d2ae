import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { COUNCIL_TYPES, HeadquartersDto, OfstedJudgementDto, SavingsProgrammeDto } from './council-parts.dto.js';
import { IsOptionalNotNull, IsOptionalOrNull } from '../../validation/optional-fields.validator.js';
import { IsRecordVersion } from '../../validation/bounded-integer.validator.js';

/** Fields left out stay as they are; `null` clears an optional part. */
@ApiSchema({
  description: 'A change to a council, given the version read: fields left out stay as they are, `null` clears an optional part',
})
export class UpdateCouncilDto {
  @ApiProperty({ type: 'integer', example: 3, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ example: 'Torbay Council', description: 'The council’s new name' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: COUNCIL_TYPES, description: 'The kind of local authority, as it now is' })
  @IsOptionalNotNull()
  @IsIn(COUNCIL_TYPES)
  type?: (typeof COUNCIL_TYPES)[number];

  @ApiPropertyOptional({ example: 'South West', description: 'The English region it lies in' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 100)
  region?: string;

  @ApiPropertyOptional({ type: HeadquartersDto, nullable: true, description: 'Where its headquarters now are; null clears them' })
  @IsOptionalOrNull()
  @ValidateNested()
  @Type(() => HeadquartersDto)
  hq?: HeadquartersDto | null;

  @ApiPropertyOptional({
    type: OfstedJudgementDto,
    nullable: true,
    description: 'A new Ofsted judgement of its children’s services; null clears it',
  })
  @IsOptionalOrNull()
  @ValidateNested()
  @Type(() => OfstedJudgementDto)
  ofsted?: OfstedJudgementDto | null;

  @ApiPropertyOptional({
    type: SavingsProgrammeDto,
    nullable: true,
    description: 'The savings programme it is delivering; null when it has none any more',
  })
  @IsOptionalOrNull()
  @ValidateNested()
  @Type(() => SavingsProgrammeDto)
  savingsProgramme?: SavingsProgrammeDto | null;
}
