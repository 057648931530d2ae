import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { DUE_DATE_KINDS } from '#domain';
import { AuditEventResponse } from '../../audit-events/audit-event.response.js';
import { DecisionRecordResponse } from '../../decision-records/dto/decision-record.response.js';
import { PartnershipResponse } from './partnership.response.js';

@ApiSchema({ description: 'One council’s signature on the partnership agreement' })
export class SignatureResponse {
  @ApiProperty({ example: 'E10000002', description: 'The signing council (ONS code)' })
  councilCode!: string;

  @ApiProperty({ example: 'Chief Executive, Buckinghamshire County Council', description: 'Who signed the agreement for that council' })
  signedBy!: string;

  @ApiProperty({ format: 'date-time', description: 'When the council signed' })
  signedAt!: string;
}

@ApiSchema({
  description: 'One clock an active partnership keeps: a review, the commissioner’s deadline, the Ofsted action plan or a monitoring visit',
})
export class DueDateResponse {
  @ApiProperty({
    enum: DUE_DATE_KINDS,
    example: 'periodic_review',
    description: 'Which clock: the periodic review, the commissioner’s review, the Ofsted action plan or a monitoring visit',
  })
  kind!: string;

  @ApiProperty({ format: 'date', example: '2018-08-01', description: 'The day it falls due' })
  dueOn!: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    example: '2018-07-25',
    description: 'The day a reminder goes out; null when this clock sends none',
  })
  remindOn!: string | null;

  @ApiProperty({ example: 'Periodic review due', description: 'The due date in words, for people' })
  label!: string;

  @ApiProperty({
    enum: ['upcoming', 'reminded', 'due', 'met', 'cancelled'],
    example: 'upcoming',
    description: 'Where the clock stands: upcoming, reminded, due, met or cancelled',
  })
  status!: string;
}

/** One partnership in full: where it stands, who acts next and by when, its decision, its clocks and its history. */
@ApiSchema({ description: 'One partnership in full: where it stands, who acts next and by when, its decision, its clocks and its history' })
export class PartnershipDetailResponse extends PartnershipResponse {
  @ApiPropertyOptional({ type: DecisionRecordResponse, nullable: true, description: 'The latest Cabinet decision on it, if any' })
  decision!: DecisionRecordResponse | null;

  @ApiProperty({
    type: [SignatureResponse],
    description: 'Who signed and when, in the last sign-off round: while it waits for signatures, and ever after',
  })
  signatures!: SignatureResponse[];

  @ApiProperty({ type: [DueDateResponse], description: 'Reviews and the intervention’s clocks, earliest first' })
  dueDates!: DueDateResponse[];

  @ApiProperty({ type: [AuditEventResponse], description: 'Everything that happened to it, oldest first (as GET …/timeline)' })
  timeline!: AuditEventResponse[];
}
