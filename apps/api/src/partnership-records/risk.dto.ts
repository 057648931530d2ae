import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { RISK_CATEGORIES, RISK_RATINGS, type RiskEntity } from '#persistence';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';
import { IsRecordVersion } from '../validation/bounded-integer.validator.js';

@ApiSchema({ description: 'A risk to add to a partnership’s risk register' })
export class CreateRiskDto {
  @ApiProperty({ enum: RISK_CATEGORIES, example: 'travel_distance', description: 'The kind of risk to the partnership' })
  @IsIn(RISK_CATEGORIES)
  category!: (typeof RISK_CATEGORIES)[number];

  @ApiProperty({ enum: RISK_RATINGS, example: 'medium', description: 'How serious the risk is, from low to very high' })
  @IsIn(RISK_RATINGS)
  rating!: (typeof RISK_RATINGS)[number];

  @ApiProperty({ example: 'Buckinghamshire is about 80 miles away', description: 'The risk, in the partnership’s own words' })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiPropertyOptional({ example: 'Hybrid working; travel time budgeted', description: 'What is done to reduce the risk' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  mitigation?: string;

  @ApiPropertyOptional({ example: 'Director of Children’s Services, Hampshire', description: 'The role answerable for the risk' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  owner?: string;
}

@ApiSchema({ description: 'Changes to one risk in a partnership’s risk register, at the version read' })
export class UpdateRiskDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a different current version answers 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ enum: RISK_RATINGS, description: 'How serious the risk is now' })
  @IsOptionalNotNull()
  @IsIn(RISK_RATINGS)
  rating?: (typeof RISK_RATINGS)[number];

  @ApiPropertyOptional({ description: 'What is done to reduce the risk; null clears it' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  mitigation?: string;

  @ApiPropertyOptional({ description: 'The role answerable for the risk; null clears it' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  owner?: string;
}

@ApiSchema({ description: 'One risk in a partnership’s risk register' })
export class RiskResponse {
  @ApiProperty({ format: 'uuid', description: 'The risk’s id' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The partnership the risk belongs to' }) partnershipId!: string;
  @ApiProperty({ enum: RISK_CATEGORIES, description: 'The kind of risk to the partnership' }) category!: string;
  @ApiProperty({ enum: RISK_RATINGS, description: 'How serious the risk is, from low to very high' }) rating!: string;
  @ApiProperty({ description: 'The risk, in the partnership’s own words' }) description!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'What is done to reduce the risk; null when none is recorded' })
  mitigation!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The role answerable for the risk; null when not yet assigned' })
  owner!: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; for optimistic concurrency' }) version!: number;

  static from(entity: RiskEntity): RiskResponse {
    const { createdAt: _created, updatedAt: _updated, ...fields } = entity;
    return fields;
  }
}
