import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import type { DecisionRecordEntity } from '#persistence';
import { PageMeta } from '../../common/page.query.js';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { PageQuery } from '../../common/page.query.js';
import { ConcernDto, DECISION_MAKERS, DECISION_STATUSES } from './create-decision-record.dto.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

export class DecisionRecordResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'E10000014' }) councilCode!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) partnershipId!: string | null;
  @ApiProperty({ example: 'Improvement partnership with Buckinghamshire County Council' }) title!: string;
  @ApiProperty({ enum: DECISION_MAKERS, example: 'cabinet', description: 'Who took the decision under the council’s constitution' })
  decisionMaker!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) decisionMakerName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Cabinet' }) meetingName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) meetingDate!: string | null;
  @ApiProperty() decisionText!: string;
  @ApiProperty({ enum: DECISION_STATUSES }) status!: string;
  @ApiProperty({ example: false }) isKeyDecision!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) keyDecisionReason!: string | null;
  @ApiProperty({ example: false }) subjectToCallIn!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) urgencyRoute!: string | null;
  @ApiProperty({ type: [String], example: [] }) wardsAffected!: string[];
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) forwardPlanFirstPublished!: string | null;
  @ApiProperty({ format: 'date', example: '2018-04-16' }) decisionDate!: string;
  @ApiProperty({ format: 'date', example: '2018-04-16' }) publicationDate!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Publication + the council’s call-in period in working days',
  })
  callInDeadline!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', example: '2018-04-16' }) effectiveFrom!: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer', example: null }) exemptParagraph!: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Null for readers outside the deciding council' })
  exemptInformation!: string | null;
  @ApiProperty({ example: false, description: 'True when exempt text exists but this reader may not see it' })
  exemptInformationWithheld!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The reasons for the decision' }) reasons!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The alternative options considered and rejected' })
  alternativeOptions!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Conflicts of interest declared, and any dispensation' })
  interestsDeclared!: string | null;
  @ApiProperty({ type: [ConcernDto] }) concerns!: ConcernDto[];
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;

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

export class DecisionRecordPage extends PageMeta {
  @ApiProperty({ type: [DecisionRecordResponse] })
  items!: DecisionRecordResponse[];
}

export class ListDecisionRecordsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'E10000014' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: DECISION_STATUSES })
  @IsOptionalNotNull()
  @IsIn(DECISION_STATUSES)
  status?: (typeof DECISION_STATUSES)[number];

  @ApiPropertyOptional({ format: 'date', example: '2018-01-01', description: 'Decided on or after' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  decidedFrom?: string;

  @ApiPropertyOptional({ format: 'date', example: '2018-12-31', description: 'Decided on or before' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  decidedTo?: string;
}
