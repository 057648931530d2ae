import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { COUNCIL_TYPES, HeadquartersDto, OfstedJudgementDto, SavingsProgrammeDto } from './council-parts.dto.js';

/** Fields left out stay as they are; `null` clears an optional part. */
export class UpdateCouncilDto {
  @ApiProperty({ example: 3, description: 'The version you read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: 'Torbay Council' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: COUNCIL_TYPES })
  @IsOptional()
  @IsIn(COUNCIL_TYPES)
  type?: (typeof COUNCIL_TYPES)[number];

  @ApiPropertyOptional({ example: 'South West' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  region?: string;

  @ApiPropertyOptional({ type: HeadquartersDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HeadquartersDto)
  hq?: HeadquartersDto | null;

  @ApiPropertyOptional({ type: OfstedJudgementDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfstedJudgementDto)
  ofsted?: OfstedJudgementDto | null;

  @ApiPropertyOptional({ type: SavingsProgrammeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SavingsProgrammeDto)
  savingsProgramme?: SavingsProgrammeDto | null;
}
