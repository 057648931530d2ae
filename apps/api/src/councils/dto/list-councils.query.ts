import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { PageQuery } from '../../common/page.query.js';
import { COUNCIL_TYPES, OFSTED_JUDGEMENTS } from './council-parts.dto.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

export class ListCouncilsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: OFSTED_JUDGEMENTS,
    example: 'inadequate',
    description: 'Only councils whose latest Ofsted judgement of children’s services is this',
  })
  @IsOptionalNotNull()
  @IsIn(OFSTED_JUDGEMENTS)
  ofstedJudgement?: (typeof OFSTED_JUDGEMENTS)[number];

  @ApiPropertyOptional({ enum: COUNCIL_TYPES, description: 'Only councils of this kind' })
  @IsOptionalNotNull()
  @IsIn(COUNCIL_TYPES)
  type?: (typeof COUNCIL_TYPES)[number];

  @ApiPropertyOptional({ example: 'South East', description: 'Only councils in this English region (exact name)' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 100)
  region?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], example: 'false', description: 'Include abolished councils (default: no)' })
  @IsOptionalNotNull()
  @IsIn(['true', 'false'])
  includeAbolished?: 'true' | 'false';
}
