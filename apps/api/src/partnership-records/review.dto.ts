import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length, Matches } from 'class-validator';
import type { ReviewEntity } from '#persistence';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateReviewDto {
  @ApiProperty({ enum: ['periodic', 'commissioner'], example: 'periodic' })
  @IsIn(['periodic', 'commissioner'])
  kind!: 'periodic' | 'commissioner';

  @ApiProperty({ example: '2019-01-15', format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'reviewDate must be a date (YYYY-MM-DD)' })
  reviewDate!: string;

  @ApiProperty({ enum: ['red', 'amber', 'green'], example: 'amber' })
  @IsIn(['red', 'amber', 'green'])
  ragRating!: 'red' | 'amber' | 'green';

  @ApiProperty({ example: 'Front-door practice improved; caseloads still high in two teams' })
  @IsString()
  @Length(1, 20000)
  findings!: string;

  @ApiPropertyOptional({ example: '2019-04-15', format: 'date', description: 'Must come after the review' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'nextReviewDate must be a date (YYYY-MM-DD)' })
  nextReviewDate?: string;
}

export class ReviewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty({
    enum: ['periodic', 'commissioner'],
    example: 'periodic',
    description: 'A scheduled review, or one by the DfE commissioner',
  })
  kind!: string;
  @ApiProperty({ format: 'date' }) reviewDate!: string;
  @ApiProperty({ enum: ['red', 'amber', 'green'], example: 'amber', description: 'Red, amber or green progress rating' })
  ragRating!: string;
  @ApiProperty() findings!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) nextReviewDate!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;

  static from(entity: ReviewEntity): ReviewResponse {
    const { createdAt: _created, updatedAt: _updated, originKey: _origin, ...fields } = entity;
    return fields;
  }
}
