import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length, Matches } from 'class-validator';
import type { InterventionEntity } from '#persistence';
import { PageMeta } from '../common/page.query.js';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../common/gss-code.js';
import { PageQuery } from '../common/page.query.js';
import { OFSTED_JUDGEMENTS } from '../councils/dto/council-parts.dto.js';
import { IsOnOrAfter } from '../validation/field-comparison.validators.js';
import { IsOptionalNotNull, IsOptionalOrNull } from '../validation/optional-fields.validator.js';
import { IsRecordVersion } from '../validation/bounded-integer.validator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RECOMMENDATIONS = ['retain_in_house', 'alternative_delivery_model'] as const;
const date = (field: string) => ({ message: `${field} must be a date (YYYY-MM-DD)` });

/** Fields a commissioner fills in as the intervention goes on; `null` clears one. */
class InterventionProgressDto {
  @ApiPropertyOptional({ example: '2018-01-12', format: 'date', nullable: true, type: String })
  @IsOptionalOrNull()
  @Matches(DATE, date('statutoryDirectionDate'))
  @IsISO8601({ strict: true })
  statutoryDirectionDate?: string | null;

  @ApiPropertyOptional({ example: 'Chief Executive, Hampshire County Council', nullable: true, type: String })
  @IsOptionalOrNull()
  @IsString()
  @Length(1, 200)
  commissionerName?: string | null;

  @ApiPropertyOptional({ example: '2018-04-30', format: 'date', nullable: true, type: String })
  @IsOptionalOrNull()
  @Matches(DATE, date('reviewDeadline'))
  @IsISO8601({ strict: true })
  reviewDeadline?: string | null;

  @ApiPropertyOptional({ example: '2018-07-19', format: 'date', nullable: true, type: String })
  @IsOptionalOrNull()
  @Matches(DATE, date('reportPublishedOn'))
  @IsISO8601({ strict: true })
  reportPublishedOn?: string | null;

  @ApiPropertyOptional({ enum: RECOMMENDATIONS, nullable: true })
  @IsOptionalOrNull()
  @IsIn(RECOMMENDATIONS)
  recommendation?: (typeof RECOMMENDATIONS)[number] | null;

  @ApiPropertyOptional({ example: 'E10000014', nullable: true, type: String, description: 'The council appointed as improvement adviser' })
  @IsOptionalOrNull()
  @Matches(GSS_CODE, { message: `improvementAdviserCouncilCode ${GSS_CODE_MESSAGE}` })
  improvementAdviserCouncilCode?: string | null;

  @ApiPropertyOptional({ example: '2022-03-01', format: 'date', nullable: true, type: String })
  @IsOptionalOrNull()
  @Matches(DATE, date('directionLiftedOn'))
  @IsISO8601({ strict: true })
  directionLiftedOn?: string | null;
}

export class CreateInterventionDto extends InterventionProgressDto {
  @ApiProperty({ example: 'E10000002' })
  @Matches(GSS_CODE, { message: `supportedCouncilCode ${GSS_CODE_MESSAGE}` })
  supportedCouncilCode!: string;

  @ApiProperty({ enum: OFSTED_JUDGEMENTS, example: 'inadequate' })
  @IsIn(OFSTED_JUDGEMENTS)
  triggerJudgement!: (typeof OFSTED_JUDGEMENTS)[number];

  @ApiProperty({ example: '2017-11-24', format: 'date' })
  @Matches(DATE, date('triggerJudgementDate'))
  @IsISO8601({ strict: true })
  triggerJudgementDate!: string;

  @IsOnOrAfter('triggerJudgementDate')
  declare statutoryDirectionDate?: string | null;
}

export class UpdateInterventionDto extends InterventionProgressDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;
}

export class ListInterventionsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'E10000002' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `supportedCouncilCode ${GSS_CODE_MESSAGE}` })
  supportedCouncilCode?: string;

  @ApiPropertyOptional({ example: 'true', description: 'Only interventions whose direction is not yet lifted' })
  @IsOptionalNotNull()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class InterventionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'E10000002' }) supportedCouncilCode!: string;
  @ApiProperty({ example: 'inadequate' }) triggerJudgement!: string;
  @ApiProperty({ example: '2017-11-24', format: 'date' }) triggerJudgementDate!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) statutoryDirectionDate!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) commissionerName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) reviewDeadline!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) reportPublishedOn!: string | null;
  @ApiPropertyOptional({
    enum: RECOMMENDATIONS,
    nullable: true,
    type: String,
    example: 'retain_in_house',
    description: 'The commissioner’s recommendation on who should run the service; null until made',
  })
  recommendation!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'E10000014' }) improvementAdviserCouncilCode!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) directionLiftedOn!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;

  static from(entity: InterventionEntity): InterventionResponse {
    const { createdAt: _created, updatedAt: _updated, ...fields } = entity;
    return fields;
  }
}

export class InterventionPage extends PageMeta {
  @ApiProperty({ type: [InterventionResponse] })
  items!: InterventionResponse[];
}
