import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { PageQuery } from '../../common/page.query.js';
import { PARTNERSHIP_STAGES, type PartnershipStage } from '#domain';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

export class ListPartnershipsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PARTNERSHIP_STAGES, example: 'officer_review' })
  @IsOptionalNotNull()
  @IsIn(PARTNERSHIP_STAGES)
  stage?: PartnershipStage;

  @ApiPropertyOptional({ example: 'E10000014' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `leadCouncilCode ${GSS_CODE_MESSAGE}` })
  leadCouncilCode?: string;

  @ApiPropertyOptional({ example: 'E10000002' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `supportedCouncilCode ${GSS_CODE_MESSAGE}` })
  supportedCouncilCode?: string;
}
