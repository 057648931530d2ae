import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import type { DecisionRecordEntity } from '#persistence';
import { PageMeta } from '../../common/page.query.js';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { PageQuery } from '../../common/page.query.js';
import { ConcernDto, DECISION_MAKERS, DECISION_STATUSES } from './create-decision-record.dto.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

@ApiSchema({
  description:
    'The published record of a council’s decision, as on Modern.gov, with its call-in deadline and the day it takes effect; exempt text only for the deciding council’s own people',
})
export class DecisionRecordResponse {
  @ApiProperty({ format: 'uuid', description: 'The decision record’s id' }) id!: string;
  @ApiProperty({ example: 'E10000014', description: 'GSS code of the council that took the decision' }) councilCode!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The partnership decided on; null when none' })
  partnershipId!: string | null;
  @ApiProperty({ example: 'Improvement partnership with Buckinghamshire County Council', description: 'The decision’s title' })
  title!: string;
  @ApiProperty({ enum: DECISION_MAKERS, example: 'cabinet', description: 'Who took the decision under the council’s constitution' })
  decisionMaker!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The decision maker by name or title; null when not given' })
  decisionMakerName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Cabinet', description: 'The meeting; null when not taken at one' })
  meetingName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'The day of the meeting; null when none' })
  meetingDate!: string | null;
  @ApiProperty({ description: 'The decision as published' }) decisionText!: string;
  @ApiProperty({ enum: DECISION_STATUSES, description: 'The decision’s status (outcome), `called_in` once scrutiny has called it in' })
  status!: string;
  @ApiProperty({ example: false, description: 'Whether it is a key decision' }) isKeyDecision!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why it is a key decision; null when it is not' })
  keyDecisionReason!: string | null;
  @ApiProperty({ example: false, description: 'Whether it may be called in by scrutiny' }) subjectToCallIn!: boolean;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      'The urgency route (`general_exception` or `special_urgency`) taken instead of 28 days on the forward plan; null when none',
  })
  urgencyRoute!: string | null;
  @ApiProperty({ type: [String], example: [], description: 'The wards it affects, by name; empty when none named' })
  wardsAffected!: string[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The day it was first published on the forward plan; null when not given',
  })
  forwardPlanFirstPublished!: string | null;
  @ApiProperty({ format: 'date', example: '2018-04-16', description: 'The day the decision was taken' }) decisionDate!: string;
  @ApiProperty({ format: 'date', example: '2018-04-16', description: 'The day it was published' }) publicationDate!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description:
      'The last day it may be called in: publication plus the council’s call-in period in working days; null when not subject to call-in',
  })
  callInDeadline!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    example: '2018-04-16',
    description: 'The day it takes effect: the working day after the call-in deadline, or the decision date when not subject to call-in',
  })
  effectiveFrom!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: 'integer',
    example: null,
    description: 'The Schedule 12A paragraph under which part is exempt; null when nothing is',
  })
  exemptParagraph!: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The exempt text, for the deciding council’s own people; null for other readers, or when there is none',
  })
  exemptInformation!: string | null;
  @ApiProperty({ example: false, description: 'True when exempt text exists but this reader may not see it' })
  exemptInformationWithheld!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The reasons for the decision; null when not given' })
  reasons!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The alternative options considered and rejected; null when not given',
  })
  alternativeOptions!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Conflicts of interest declared, and any dispensation; null when not given',
  })
  interestsDeclared!: string | null;
  @ApiProperty({ type: [ConcernDto], description: 'Concerns raised and the answers given; empty when none' }) concerns!: ConcernDto[];
  @ApiProperty({
    type: 'integer',
    example: 1,
    description: 'The record’s version, to send back with a status change (optimistic concurrency)',
  })
  version!: number;

  static from(entity: DecisionRecordEntity, mayReadExempt: boolean): DecisionRecordResponse {
    const withheld = entity.exemptInformation !== null && !mayReadExempt;
    return {
      id: entity.id,
      councilCode: entity.councilCode,
      partnershipId: entity.partnershipId,
      title: entity.title,
      decisionMaker: entity.decisionMaker,
      decisionMakerName: entity.decisionMakerName,
      meetingName: entity.meetingName,
      meetingDate: entity.meetingDate,
      decisionText: entity.decisionText,
      status: entity.status,
      isKeyDecision: entity.isKeyDecision,
      keyDecisionReason: entity.keyDecisionReason,
      subjectToCallIn: entity.subjectToCallIn,
      urgencyRoute: entity.urgencyRoute,
      wardsAffected: entity.wardsAffected,
      forwardPlanFirstPublished: entity.forwardPlanFirstPublished,
      decisionDate: entity.decisionDate,
      publicationDate: entity.publicationDate,
      callInDeadline: entity.callInDeadline,
      effectiveFrom: entity.effectiveFrom,
      exemptParagraph: entity.exemptParagraph,
      exemptInformation: withheld ? null : entity.exemptInformation,
      exemptInformationWithheld: withheld,
      reasons: entity.reasons,
      alternativeOptions: entity.alternativeOptions,
      interestsDeclared: entity.interestsDeclared,
      concerns: entity.concerns,
      version: entity.version,
    };
  }
}

@ApiSchema({ description: 'One page of decision records, newest publication first, with the paging facts' })
export class DecisionRecordPage extends PageMeta {
  @ApiProperty({ type: [DecisionRecordResponse], description: 'The decision records of this page, newest publication first' })
  items!: DecisionRecordResponse[];
}

export class ListDecisionRecordsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'E10000014', description: 'Only decisions of this council (GSS code)' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only decisions on this partnership' })
  @IsOptionalNotNull()
  @IsUUID()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: DECISION_STATUSES, description: 'Only decisions with this status' })
  @IsOptionalNotNull()
  @IsIn(DECISION_STATUSES)
  status?: (typeof DECISION_STATUSES)[number];

  @ApiPropertyOptional({ format: 'date', example: '2018-01-01', description: 'Only decisions taken on or after this day' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  decidedFrom?: string;

  @ApiPropertyOptional({ format: 'date', example: '2018-12-31', description: 'Only decisions taken on or before this day' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  decidedTo?: string;
}
