import { ApiProperty, ApiPropertyOptional, OmitType, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsDefined,
  IsISO8601,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OFSTED_JUDGEMENTS, type OfstedJudgement, type RequestedExitTrigger } from '#domain';
import { CreateDecisionRecordDto } from '../../decision-records/dto/create-decision-record.dto.js';
import { IsOnOrAfter } from '../../validation/field-comparison.validators.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be a date (YYYY-MM-DD)` });

@ApiSchema({ description: 'Going ahead although a team would fall below its retention floor, with the reason' })
export class OverrideCapacityDto {
  @ApiProperty({
    example: 'Torbay support ends in June; the Winchester team is back above its floor from then',
    maxLength: 4000,
    description: 'Why the action is taken (going ahead below the retention floor, or ending the partnership); kept in the audit trail',
  })
  @IsString()
  @Length(1, 4000)
  reason!: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'A further note kept with the action' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@ApiSchema({ description: 'The Ofsted re-inspection judgement an exit on improvement rests on' })
export class ReinspectionDto {
  @ApiProperty({ enum: OFSTED_JUDGEMENTS, example: 'requires_improvement', description: 'Requires improvement or better' })
  @IsIn(OFSTED_JUDGEMENTS)
  judgement!: OfstedJudgement;

  @ApiProperty({ example: '2021-12-10', format: 'date', description: 'The day Ofsted published its judgement' })
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('judgedOn'))
  judgedOn!: string;

  @ApiProperty({ example: '2022-01-05', format: 'date', description: 'The day the statutory direction was lifted' })
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('directionLiftedOn'))
  @IsOnOrAfter('judgedOn')
  directionLiftedOn!: string;
}

export const REQUESTED_EXIT_TRIGGERS: readonly RequestedExitTrigger[] = ['improved', 'long_term_solution', 'notice'];

@ApiSchema({ description: 'A request to end the partnership: on improvement, on a long-term solution, or by notice from the lead council' })
export class RequestExitDto extends OverrideCapacityDto {
  @ApiPropertyOptional({
    enum: REQUESTED_EXIT_TRIGGERS,
    default: 'notice',
    description:
      'improved: re-judged requires improvement or better, direction lifted (Buckinghamshire, 2021); long_term_solution: a lasting ' +
      'arrangement is in place (Torbay); notice: the lead council gives notice, with an optional hand-back period (Isle of Wight, 2024)',
  })
  @IsOptionalNotNull()
  @IsIn(REQUESTED_EXIT_TRIGGERS)
  trigger?: RequestedExitTrigger;

  @ApiPropertyOptional({ example: '2025-01-31', format: 'date', description: 'With notice: the last day of the hand-back period' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('handBackUntil'))
  handBackUntil?: string;

  @ApiPropertyOptional({
    type: ReinspectionDto,
    description:
      'Required with improved, refused otherwise: the re-inspection (its judgement becomes the supported council’s Ofsted ' +
      'judgement) and the day the statutory direction was lifted (recorded on the partnership’s intervention)',
  })
  @ValidateIf((dto: RequestExitDto) => dto.trigger === 'improved' || dto.reinspection !== undefined)
  @IsDefined({ message: 'reinspection (judgement, judgedOn, directionLiftedOn) is required when the trigger is improved' })
  @ValidateNested()
  @Type(() => ReinspectionDto)
  reinspection?: ReinspectionDto;
}

@ApiSchema({ description: 'Members calling in the Cabinet decision for scrutiny before it takes effect' })
export class CallInDto {
  @ApiProperty({
    example: ['Cllr A. Brown', 'Cllr C. Davies', 'Cllr E. Foster', 'Cllr G. Hughes', 'Cllr J. Khan'],
    description: 'The members calling the decision in: at least the council’s call-in quorum',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  members!: string[];

  @ApiPropertyOptional({
    example: 'The cost to Hampshire’s own services needs scrutiny',
    maxLength: 2000,
    description: 'Why the members call the decision in; kept in the audit trail',
  })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

/** The Cabinet decision on this partnership: the decision record's fields; the council and partnership are implied. */
@ApiSchema({
  description: 'The Cabinet decision on this partnership: the decision record’s fields; the council and partnership are implied',
})
export class CabinetDecisionDto extends OmitType(CreateDecisionRecordDto, ['councilCode', 'partnershipId', 'status'] as const) {
  @ApiProperty({
    enum: ['recommendations_approved', 'approved', 'rejected', 'deferred'],
    example: 'recommendations_approved',
    description: 'The decision’s outcome as the committee system records it',
  })
  @IsIn(['recommendations_approved', 'approved', 'rejected', 'deferred'])
  status!: 'recommendations_approved' | 'approved' | 'rejected' | 'deferred';
}

@ApiSchema({ description: 'The scrutiny committee’s outcome on a called-in decision' })
export class ScrutinyOutcomeDto {
  @ApiProperty({ enum: ['released', 'referred_back'], description: 'Released: the decision stands; referred back: Cabinet decides again' })
  @IsIn(['released', 'referred_back'])
  outcome!: 'released' | 'referred_back';

  @ApiPropertyOptional({ maxLength: 2000, description: 'The scrutiny committee’s reasons; kept in the audit trail' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
