import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { PARTNERSHIP_STAGES, type PartnershipStage } from '#domain';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

@ApiSchema({ description: 'An optional comment on a partnership action' })
export class StageActionDto {
  @ApiPropertyOptional({
    example: 'Ready for the director of children’s services to review',
    maxLength: 2000,
    description: 'A note kept with the action in the audit trail',
  })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@ApiSchema({ description: 'The partnership’s stage after the action, as the workflow decided' })
export class StageActionResponse {
  @ApiProperty({ format: 'uuid', example: '0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21', description: 'The partnership acted on' })
  partnershipId!: string;

  @ApiProperty({ enum: PARTNERSHIP_STAGES, example: 'officer_review', description: 'The stage after the action' })
  stage!: PartnershipStage;
}

@ApiSchema({ description: 'The partnership’s stage after a review, with the review recorded' })
export class RecordedReviewResponse extends StageActionResponse {
  @ApiProperty({ format: 'uuid', example: '6b1f3c0e-9b7a-4c1e-8f57-2a0d3f9e4b11', description: 'The review, at GET …/reviews' })
  reviewId!: string;
}
