import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQuery } from '../common/page.query.js';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../common/gss-code.js';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';

export class AuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'partnership' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 100)
  targetType?: string;

  @ApiPropertyOptional({ example: '0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  targetId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The principal who acted' })
  @IsOptionalNotNull()
  @IsUUID()
  actorPrincipalId?: string;

  @ApiPropertyOptional({ example: 'E10000014', description: 'Events touching this council' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode?: string;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', format: 'date-time', description: 'Events at or after this instant' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', format: 'date-time', description: 'Events before this instant' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  to?: string;
}
