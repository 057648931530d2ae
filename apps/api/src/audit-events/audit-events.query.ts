import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQuery } from '../common/page.query.js';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../common/gss-code.js';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';

export class AuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'partnership',
    description: 'Only events about records of this type (`partnership`, `council`, `decision_record`, `secondment`, …)',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 100)
  targetType?: string;

  @ApiPropertyOptional({
    example: '0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21',
    description: 'Only events about the record with this id (a UUID, or a GSS code for a council)',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  targetId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only events done by this principal' })
  @IsOptionalNotNull()
  @IsUUID()
  actorPrincipalId?: string;

  @ApiPropertyOptional({
    example: 'E10000014',
    description:
      'Only events touching this council (GSS code). A council-bound caller may name only their own council (else 403) and sees only its events anyway',
  })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode?: string;

  @ApiPropertyOptional({
    example: '2026-11-01T00:00:00Z',
    format: 'date-time',
    description: 'Only events at or after this instant (inclusive)',
  })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', format: 'date-time', description: 'Only events before this instant (exclusive)' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  to?: string;
}
