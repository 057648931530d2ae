import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { PageQuery } from '../../common/page.query.js';
import { PARTNERSHIP_STAGES, type PartnershipStage } from '#domain';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

@ApiSchema({ description: 'Filters and paging for the partnerships you may see' })
export class ListPartnershipsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PARTNERSHIP_STAGES, example: 'officer_review', description: 'Only partnerships in this stage' })
  @IsOptionalNotNull()
  @IsIn(PARTNERSHIP_STAGES)
  stage?: PartnershipStage;

  @ApiPropertyOptional({ example: 'E10000014', description: 'Only partnerships led by this council (ONS code)' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `leadCouncilCode ${GSS_CODE_MESSAGE}` })
  leadCouncilCode?: string;

  @ApiPropertyOptional({ example: 'E10000002', description: 'Only partnerships supporting this council (ONS code)' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `supportedCouncilCode ${GSS_CODE_MESSAGE}` })
  supportedCouncilCode?: string;
}
