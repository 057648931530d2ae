import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length, Matches } from 'class-validator';
import type { ReviewEntity } from '#persistence';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ApiSchema({
  description: 'A review of an active partnership to record: periodic or by the commissioner, with its RAG rating and findings',
})
export class CreateReviewDto {
  @ApiProperty({
    enum: ['periodic', 'commissioner'],
    example: 'periodic',
    description: 'periodic (the quarterly review) or commissioner (a review by the DfE commissioner)',
  })
  @IsIn(['periodic', 'commissioner'])
  kind!: 'periodic' | 'commissioner';

  @ApiProperty({ example: '2019-01-15', format: 'date', description: 'The day the review took place' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'reviewDate must be a date (YYYY-MM-DD)' })
  reviewDate!: string;

  @ApiProperty({
    enum: ['red', 'amber', 'green'],
    example: 'amber',
    description: 'The review’s red, amber or green (RAG) rating of progress',
  })
  @IsIn(['red', 'amber', 'green'])
  ragRating!: 'red' | 'amber' | 'green';

  @ApiProperty({
    example: 'Front-door practice improved; caseloads still high in two teams',
    description: 'What the review found, in the reviewers’ words',
  })
  @IsString()
  @Length(1, 20000)
  findings!: string;

  @ApiPropertyOptional({ example: '2019-04-15', format: 'date', description: 'Must come after the review' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'nextReviewDate must be a date (YYYY-MM-DD)' })
  nextReviewDate?: string;
}

@ApiSchema({ description: 'A recorded review of an active partnership' })
export class ReviewResponse {
  @ApiProperty({ format: 'uuid', description: 'The review’s id' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The partnership reviewed' }) partnershipId!: string;
  @ApiProperty({
    enum: ['periodic', 'commissioner'],
    example: 'periodic',
    description: 'A scheduled review, or one by the DfE commissioner',
  })
  kind!: string;
  @ApiProperty({ format: 'date', description: 'The day the review took place' }) reviewDate!: string;
  @ApiProperty({ enum: ['red', 'amber', 'green'], example: 'amber', description: 'Red, amber or green progress rating' })
  ragRating!: string;
  @ApiProperty({ description: 'What the review found, in the reviewers’ words' }) findings!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'When the next periodic review is due; null when none is set',
  })
  nextReviewDate!: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; for optimistic concurrency' }) version!: number;

  static from(entity: ReviewEntity): ReviewResponse {
    const { createdAt: _created, updatedAt: _updated, originKey: _origin, ...fields } = entity;
    return fields;
  }
}
