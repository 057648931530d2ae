import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
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
  @ApiPropertyOptional({
    example: '2018-01-12',
    format: 'date',
    nullable: true,
    type: String,
    description: 'The day the DfE issued its statutory direction (on or after the judgement); null when none was issued',
  })
  @IsOptionalOrNull()
  @Matches(DATE, date('statutoryDirectionDate'))
  @IsISO8601({ strict: true })
  statutoryDirectionDate?: string | null;

  @ApiPropertyOptional({
    example: 'Chief Executive, Hampshire County Council',
    nullable: true,
    type: String,
    description: 'The commissioner the DfE appointed, by name or title; null until appointed',
  })
  @IsOptionalOrNull()
  @IsString()
  @Length(1, 200)
  commissionerName?: string | null;

  @ApiPropertyOptional({
    example: '2018-04-30',
    format: 'date',
    nullable: true,
    type: String,
    description: 'The day the commissioner’s review is due; null when none is set',
  })
  @IsOptionalOrNull()
  @Matches(DATE, date('reviewDeadline'))
  @IsISO8601({ strict: true })
  reviewDeadline?: string | null;

  @ApiPropertyOptional({
    example: '2018-07-19',
    format: 'date',
    nullable: true,
    type: String,
    description: 'The day the commissioner’s report was published; null until it is',
  })
  @IsOptionalOrNull()
  @Matches(DATE, date('reportPublishedOn'))
  @IsISO8601({ strict: true })
  reportPublishedOn?: string | null;

  @ApiPropertyOptional({
    enum: RECOMMENDATIONS,
    nullable: true,
    description:
      'The report’s recommendation: keep the service in house, or an alternative delivery model such as a trust; null until made',
  })
  @IsOptionalOrNull()
  @IsIn(RECOMMENDATIONS)
  recommendation?: (typeof RECOMMENDATIONS)[number] | null;

  @ApiPropertyOptional({
    example: 'E10000014',
    nullable: true,
    type: String,
    description: 'GSS code of the council appointed as improvement adviser (never the supported council); null when none',
  })
  @IsOptionalOrNull()
  @Matches(GSS_CODE, { message: `improvementAdviserCouncilCode ${GSS_CODE_MESSAGE}` })
  improvementAdviserCouncilCode?: string | null;

  @ApiPropertyOptional({
    example: '2022-03-01',
    format: 'date',
    nullable: true,
    type: String,
    description: 'The day the statutory direction was lifted; null while the intervention is in force',
  })
  @IsOptionalOrNull()
  @Matches(DATE, date('directionLiftedOn'))
  @IsISO8601({ strict: true })
  directionLiftedOn?: string | null;
}

@ApiSchema({
  description:
    'A DfE intervention in a council’s children’s services to record: the judgement that triggered it and what is known so far of the direction, commissioner, review and report',
})
export class CreateInterventionDto extends InterventionProgressDto {
  @ApiProperty({ example: 'E10000002', description: 'GSS code of the council intervened in (the supported council)' })
  @Matches(GSS_CODE, { message: `supportedCouncilCode ${GSS_CODE_MESSAGE}` })
  supportedCouncilCode!: string;

  @ApiProperty({ enum: OFSTED_JUDGEMENTS, example: 'inadequate', description: 'The Ofsted judgement that triggered the intervention' })
  @IsIn(OFSTED_JUDGEMENTS)
  triggerJudgement!: (typeof OFSTED_JUDGEMENTS)[number];

  @ApiProperty({ example: '2017-11-24', format: 'date', description: 'The day of that judgement' })
  @Matches(DATE, date('triggerJudgementDate'))
  @IsISO8601({ strict: true })
  triggerJudgementDate!: string;

  @IsOnOrAfter('triggerJudgementDate')
  declare statutoryDirectionDate?: string | null;
}

@ApiSchema({
  description:
    'The intervention’s progress as it goes on (direction, commissioner, review, report, recommendation, adviser, lifting), given the version read: fields left out stay, `null` clears one',
})
export class UpdateInterventionDto extends InterventionProgressDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;
}

export class ListInterventionsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'E10000002', description: 'Only interventions in this council (GSS code)' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `supportedCouncilCode ${GSS_CODE_MESSAGE}` })
  supportedCouncilCode?: string;

  @ApiPropertyOptional({
    example: 'true',
    description: '`true`: only interventions whose direction is not yet lifted; `false` or left out: all',
  })
  @IsOptionalNotNull()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

@ApiSchema({
  description:
    'What the DfE did about a council’s children’s services: the judgement that triggered it, the statutory direction, the commissioner, their review and report, and when the direction was lifted',
})
export class InterventionResponse {
  @ApiProperty({ format: 'uuid', description: 'The intervention’s id' }) id!: string;
  @ApiProperty({ example: 'E10000002', description: 'GSS code of the council intervened in' }) supportedCouncilCode!: string;
  @ApiProperty({ example: 'inadequate', description: 'The Ofsted judgement that triggered it' }) triggerJudgement!: string;
  @ApiProperty({ example: '2017-11-24', format: 'date', description: 'The day of that judgement' }) triggerJudgementDate!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The day of the statutory direction; null when none was issued',
  })
  statutoryDirectionDate!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The commissioner appointed; null until appointed' })
  commissionerName!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The day the commissioner’s review is due; null when none',
  })
  reviewDeadline!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'The day the report was published; null until it is' })
  reportPublishedOn!: string | null;
  @ApiPropertyOptional({
    enum: RECOMMENDATIONS,
    nullable: true,
    type: String,
    example: 'retain_in_house',
    description: 'The commissioner’s recommendation on who should run the service; null until made',
  })
  recommendation!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'E10000014',
    description: 'GSS code of the council appointed as improvement adviser; null when none',
  })
  improvementAdviserCouncilCode!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The day the direction was lifted; null while the intervention is in force',
  })
  directionLiftedOn!: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'The record’s version, to send back with a change (optimistic concurrency)' })
  version!: number;

  static from(entity: InterventionEntity): InterventionResponse {
    const { createdAt: _created, updatedAt: _updated, ...fields } = entity;
    return fields;
  }
}

@ApiSchema({ description: 'One page of interventions, latest triggering judgement first, with the paging facts' })
export class InterventionPage extends PageMeta {
  @ApiProperty({ type: [InterventionResponse], description: 'The interventions of this page, latest triggering judgement first' })
  items!: InterventionResponse[];
}
