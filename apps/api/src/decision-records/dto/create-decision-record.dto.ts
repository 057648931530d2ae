import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { IsOnOrAfter } from '../../validation/field-comparison.validators.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';
import { IsBoundedInteger, IsRecordVersion } from '../../validation/bounded-integer.validator.js';

export const DECISION_MAKERS = ['cabinet', 'cabinet_member', 'officer'] as const;
export const DECISION_STATUSES = ['recommendations_approved', 'approved', 'rejected', 'deferred', 'called_in'] as const;
export const URGENCY_ROUTES = ['general_exception', 'special_urgency'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be a date (YYYY-MM-DD)` });

export class ConcernDto {
  @ApiProperty({ example: 'Buckinghamshire is about 80 miles away' })
  @IsString()
  @Length(1, 2000)
  concern!: string;

  @ApiProperty({ example: 'Hybrid working and a travel budget; support is time-limited' })
  @IsString()
  @Length(1, 4000)
  answer!: string;
}

export class CreateDecisionRecordDto {
  @ApiProperty({ example: 'E10000014', description: 'The council that took the decision' })
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The partnership decided on, if any' })
  @IsOptionalNotNull()
  @IsUUID()
  partnershipId?: string;

  @ApiProperty({ example: 'Improvement partnership with Buckinghamshire County Council' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({ enum: DECISION_MAKERS, example: 'cabinet' })
  @IsIn(DECISION_MAKERS)
  decisionMaker!: (typeof DECISION_MAKERS)[number];

  @ApiPropertyOptional({ example: 'Cabinet' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  decisionMakerName?: string;

  @ApiPropertyOptional({ example: 'Cabinet' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  meetingName?: string;

  @ApiPropertyOptional({ example: '2018-04-16', format: 'date' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('meetingDate'))
  meetingDate?: string;

  @ApiProperty({ example: 'That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire...' })
  @IsString()
  @Length(1, 20000)
  decisionText!: string;

  @ApiProperty({ enum: DECISION_STATUSES, example: 'recommendations_approved' })
  @IsIn(DECISION_STATUSES)
  status!: (typeof DECISION_STATUSES)[number];

  @ApiProperty({ example: false })
  @IsBoolean()
  isKeyDecision!: boolean;

  @ApiPropertyOptional({ example: 'Expenditure above £500,000', description: 'Required when the decision is key' })
  @ValidateIf((dto: CreateDecisionRecordDto) => dto.isKeyDecision === true || dto.keyDecisionReason !== undefined)
  @IsString({ message: 'keyDecisionReason is required for a key decision' })
  @Length(1, 1000)
  keyDecisionReason?: string;

  @ApiProperty({ example: false })
  @IsBoolean()
  subjectToCallIn!: boolean;

  @ApiPropertyOptional({ enum: URGENCY_ROUTES, description: 'Reg 10/11 urgency route instead of 28 days on the forward plan' })
  @IsOptionalNotNull()
  @IsIn(URGENCY_ROUTES)
  urgencyRoute?: (typeof URGENCY_ROUTES)[number];

  @ApiPropertyOptional({ example: [], type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  wardsAffected?: string[];

  @ApiPropertyOptional({ example: '2018-03-01', format: 'date' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('forwardPlanFirstPublished'))
  forwardPlanFirstPublished?: string;

  @ApiProperty({ example: '2018-04-16', format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('decisionDate'))
  decisionDate!: string;

  @ApiProperty({ example: '2018-04-16', format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('publicationDate'))
  @IsOnOrAfter('decisionDate')
  publicationDate!: string;

  @ApiPropertyOptional({ type: 'integer', example: 3, description: 'Schedule 12A paragraph, when part of it is exempt' })
  @ValidateIf((dto: CreateDecisionRecordDto) => dto.exemptInformation !== undefined || dto.exemptParagraph !== undefined)
  @IsBoundedInteger(1, 7, { message: 'exemptParagraph (the Schedule 12A paragraph) is required with exempt information' })
  exemptParagraph?: number;

  @ApiPropertyOptional({ description: 'The exempt text; readable only by the deciding council’s own people' })
  @ValidateIf((dto: CreateDecisionRecordDto) => dto.exemptInformation !== undefined)
  @IsString()
  @Length(1, 20000)
  exemptInformation?: string;

  @ApiPropertyOptional({
    example: 'Hampshire has the capacity as its Torbay commitments end, and a partner that has improved services before',
    description: 'The reasons for the decision (regulation 12 of SI 2012/2089)',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 20000)
  reasons?: string;

  @ApiPropertyOptional({
    example: 'Not to offer support, leaving Buckinghamshire to find another partner',
    description: 'The alternative options considered and rejected (regulation 12)',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 20000)
  alternativeOptions?: string;

  @ApiPropertyOptional({
    example: 'None',
    description: 'Conflicts of interest declared by a decision maker consulted, and any dispensation granted (regulation 12)',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  interestsDeclared?: string;

  @ApiPropertyOptional({ type: [ConcernDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ConcernDto)
  concerns?: ConcernDto[];
}

export class UpdateDecisionRecordDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiProperty({ enum: DECISION_STATUSES, example: 'called_in' })
  @IsIn(DECISION_STATUSES)
  status!: (typeof DECISION_STATUSES)[number];
}
