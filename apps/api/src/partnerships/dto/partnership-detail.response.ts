import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DUE_DATE_KINDS } from '#domain';
import { AuditEventResponse } from '../../audit-events/audit-event.response.js';
import { DecisionRecordResponse } from '../../decision-records/dto/decision-record.response.js';
import { PartnershipResponse } from './partnership.response.js';

export class SignatureResponse {
  @ApiProperty({ example: 'E10000002' })
  councilCode!: string;

  @ApiProperty({ example: 'Chief Executive, Buckinghamshire County Council' })
  signedBy!: string;

  @ApiProperty({ format: 'date-time' })
  signedAt!: string;
}

export class DueDateResponse {
  @ApiProperty({ enum: DUE_DATE_KINDS, example: 'periodic_review' })
  kind!: string;

  @ApiProperty({ format: 'date', example: '2018-08-01' })
  dueOn!: string;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', example: '2018-07-25' })
  remindOn!: string | null;

  @ApiProperty({ example: 'Periodic review due' })
  label!: string;

  @ApiProperty({ enum: ['upcoming', 'reminded', 'due', 'met', 'cancelled'], example: 'upcoming' })
  status!: string;
}

/** One partnership in full: where it stands, who acts next and by when, its decision, its clocks and its history. */
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
