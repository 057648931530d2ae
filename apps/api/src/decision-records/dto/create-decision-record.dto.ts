import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
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

@ApiSchema({ description: 'A concern raised about a decision before it was taken, and the answer given' })
export class ConcernDto {
  @ApiProperty({ example: 'Buckinghamshire is about 80 miles away', description: 'The concern as raised' })
  @IsString()
  @Length(1, 2000)
  concern!: string;

  @ApiProperty({ example: 'Hybrid working and a travel budget; support is time-limited', description: 'The answer given to it' })
  @IsString()
  @Length(1, 4000)
  answer!: string;
}

@ApiSchema({
  description:
    'A decision of the council to publish, as on Modern.gov: who decided, when, what, whether it is a key decision and subject to call-in, the reasons and any exempt part',
})
export class CreateDecisionRecordDto {
  @ApiProperty({ example: 'E10000014', description: 'GSS code of the council that took the decision: the recorder’s own' })
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The partnership decided on, if any; the deciding council must lead or receive it' })
  @IsOptionalNotNull()
  @IsUUID()
  partnershipId?: string;

  @ApiProperty({
    example: 'Improvement partnership with Buckinghamshire County Council',
    description: 'The decision’s title, as published',
  })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({
    enum: DECISION_MAKERS,
    example: 'cabinet',
    description: 'Who took the decision under the council’s constitution: the Cabinet, a cabinet member, or an officer under delegation',
  })
  @IsIn(DECISION_MAKERS)
  decisionMaker!: (typeof DECISION_MAKERS)[number];

  @ApiPropertyOptional({ example: 'Cabinet', description: 'The decision maker by name or title, as published' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  decisionMakerName?: string;

  @ApiPropertyOptional({ example: 'Cabinet', description: 'The meeting at which it was decided, if any' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  meetingName?: string;

  @ApiPropertyOptional({
    example: '2018-04-16',
    format: 'date',
    description: 'The day of that meeting; the forward plan notice of a key decision is counted to it (else to the decision date)',
  })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('meetingDate'))
  meetingDate?: string;

  @ApiProperty({
    example: 'That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire...',
    description: 'The decision as published',
  })
  @IsString()
  @Length(1, 20000)
  decisionText!: string;

  @ApiProperty({ enum: DECISION_STATUSES, example: 'recommendations_approved', description: 'The decision’s status (outcome)' })
  @IsIn(DECISION_STATUSES)
  status!: (typeof DECISION_STATUSES)[number];

  @ApiProperty({
    example: false,
    description:
      'Whether it is a key decision (spends or saves at least the council’s threshold, or significantly affects two or more wards); ' +
      'a key decision needs 28 clear days on the forward plan or an urgency route',
  })
  @IsBoolean()
  isKeyDecision!: boolean;

  @ApiPropertyOptional({ example: 'Expenditure above £500,000', description: 'Why it is a key decision; required when it is' })
  @ValidateIf((dto: CreateDecisionRecordDto) => dto.isKeyDecision === true || dto.keyDecisionReason !== undefined)
  @IsString({ message: 'keyDecisionReason is required for a key decision' })
  @Length(1, 1000)
  keyDecisionReason?: string;

  @ApiProperty({
    example: false,
    description: 'Whether scrutiny may call it in: if so it waits out the council’s call-in period before it takes effect',
  })
  @IsBoolean()
  subjectToCallIn!: boolean;

  @ApiPropertyOptional({
    enum: URGENCY_ROUTES,
    description:
      'For a key decision with less than 28 clear days on the forward plan: general exception (regulation 10) or special urgency (regulation 11)',
  })
  @IsOptionalNotNull()
  @IsIn(URGENCY_ROUTES)
  urgencyRoute?: (typeof URGENCY_ROUTES)[number];

  @ApiPropertyOptional({ example: [], type: [String], description: 'The wards the decision affects, by name; left out, none named' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  wardsAffected?: string[];

  @ApiPropertyOptional({
    example: '2018-03-01',
    format: 'date',
    description: 'The day the decision was first published on the forward plan; needed for a key decision without an urgency route',
  })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('forwardPlanFirstPublished'))
  forwardPlanFirstPublished?: string;

  @ApiProperty({ example: '2018-04-16', format: 'date', description: 'The day the decision was taken' })
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('decisionDate'))
  decisionDate!: string;

  @ApiProperty({
    example: '2018-04-16',
    format: 'date',
    description: 'The day the decision was published, on or after the decision date; the call-in period runs from it',
  })
  @IsISO8601({ strict: true })
  @Matches(DATE, dateMessage('publicationDate'))
  @IsOnOrAfter('decisionDate')
  publicationDate!: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 3,
    description:
      'The paragraph (1–7) of Schedule 12A to the Local Government Act 1972 under which part is exempt; required with exempt information',
  })
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

  @ApiPropertyOptional({ type: [ConcernDto], description: 'Concerns raised and the answers given (at most 50)' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ConcernDto)
  concerns?: ConcernDto[];
}

@ApiSchema({ description: 'A new status for a decision record (for example called in), given the version read' })
export class UpdateDecisionRecordDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiProperty({ enum: DECISION_STATUSES, example: 'called_in', description: 'The decision’s new status' })
  @IsIn(DECISION_STATUSES)
  status!: (typeof DECISION_STATUSES)[number];
}
