import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { RISK_CATEGORIES, RISK_RATINGS, type RiskEntity } from '#persistence';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';
import { IsRecordVersion } from '../validation/bounded-integer.validator.js';

export class CreateRiskDto {
  @ApiProperty({ enum: RISK_CATEGORIES, example: 'travel_distance' })
  @IsIn(RISK_CATEGORIES)
  category!: (typeof RISK_CATEGORIES)[number];

  @ApiProperty({ enum: RISK_RATINGS, example: 'medium' })
  @IsIn(RISK_RATINGS)
  rating!: (typeof RISK_RATINGS)[number];

  @ApiProperty({ example: 'Buckinghamshire is about 80 miles away' })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiPropertyOptional({ example: 'Hybrid working; travel time budgeted' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  mitigation?: string;

  @ApiPropertyOptional({ example: 'Director of Children’s Services, Hampshire' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  owner?: string;
}

export class UpdateRiskDto {
  @ApiProperty({ type: 'integer', example: 1 })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ enum: RISK_RATINGS })
  @IsOptionalNotNull()
  @IsIn(RISK_RATINGS)
  rating?: (typeof RISK_RATINGS)[number];

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  mitigation?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  owner?: string;
}

export class RiskResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty({ enum: RISK_CATEGORIES }) category!: string;
  @ApiProperty({ enum: RISK_RATINGS }) rating!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) mitigation!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) owner!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;

  static from(entity: RiskEntity): RiskResponse {
    const { createdAt: _created, updatedAt: _updated, ...fields } = entity;
    return fields;
  }
}
