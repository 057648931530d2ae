import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PARTNERSHIP_STAGES, type PartnershipStage } from '../../../../../libs/domain/src/index.js';

export class ListPartnershipsQuery {
  @ApiPropertyOptional({ enum: PARTNERSHIP_STAGES, example: 'officer_review' })
  @IsOptional()
  @IsIn(PARTNERSHIP_STAGES)
  stage?: PartnershipStage;

  @ApiPropertyOptional({ example: 'E10000014' })
  @IsOptional()
  @Matches(/^[EW]\d{8}$/, { message: 'leadCouncilCode must be an ONS/GSS council code' })
  leadCouncilCode?: string;

  @ApiPropertyOptional({ example: 'E10000002' })
  @IsOptional()
  @Matches(/^[EW]\d{8}$/, { message: 'supportedCouncilCode must be an ONS/GSS council code' })
  supportedCouncilCode?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @ApiPropertyOptional({ example: 0, minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
