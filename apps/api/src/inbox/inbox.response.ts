import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { PARTNERSHIP_STAGES } from '#domain';
import { INBOX_ACTION_KINDS, type InboxActionKind } from './inbox-action-kind.js';

@ApiSchema({ description: 'A council named by an inbox item: its ONS code and its name' })
export class InboxCouncilResponse {
  @ApiProperty({ example: 'E10000014', description: 'The council’s ONS (GSS) code' })
  code!: string;

  @ApiProperty({ example: 'Hampshire County Council', description: 'The council’s name' })
  name!: string;
}

@ApiSchema({ description: 'The partnership an inbox item is about' })
export class InboxPartnershipResponse {
  @ApiProperty({ format: 'uuid', description: 'The partnership’s id' })
  id!: string;

  @ApiProperty({ example: 'Hampshire supports Buckinghamshire children’s services', description: 'The partnership’s title' })
  title!: string;

  @ApiProperty({ enum: PARTNERSHIP_STAGES, example: 'sign_off', description: 'The stage the partnership is in' })
  stage!: string;

  @ApiProperty({ type: InboxCouncilResponse, description: 'The council that leads the partnership and lends the staff' })
  leadCouncil!: InboxCouncilResponse;

  @ApiProperty({ type: InboxCouncilResponse, description: 'The council the partnership supports' })
  supportedCouncil!: InboxCouncilResponse;
}

@ApiSchema({ description: 'The secondment an HR inbox item is about' })
export class InboxSecondmentResponse {
  @ApiProperty({ format: 'uuid', description: 'The secondment’s id' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The staff member lent' })
  staffMemberId!: string;

  @ApiProperty({ example: 'Alex Smith', description: 'The staff member’s name' })
  staffMemberName!: string;

  @ApiProperty({ example: 0.5, description: 'The share of a full-time post lent (FTE)' })
  fte!: number;

  @ApiProperty({ format: 'date', example: '2026-01-05', description: 'The secondment’s first day' })
  start!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'The secondment’s last day' })
  end!: string;
}

@ApiSchema({ description: 'One action waiting on the caller: what to do, on which partnership, for which council, and by when' })
export class InboxItemResponse {
  @ApiProperty({
    enum: INBOX_ACTION_KINDS,
    example: 'sign',
    description:
      'What to do: endorse; decide after a failed capacity check (override or send back); record the Cabinet decision; ' +
      'call the decision in (while the call-in window is open) or record the scrutiny outcome; sign; record a review that is due; ' +
      'approve a proposed secondment or start an approved one whose start date has come',
  })
  kind!: InboxActionKind;

  @ApiProperty({ example: 'Sign the partnership agreement for your council', description: 'The action in words, for people' })
  action!: string;

  @ApiProperty({ type: InboxPartnershipResponse, description: 'The partnership, its stage and its two councils' })
  partnership!: InboxPartnershipResponse;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'E10000014',
    description: 'The council the caller acts for in this action; null for a commissioner, who acts for neither',
  })
  actingForCouncilCode!: string | null;

  @ApiPropertyOptional({ type: InboxSecondmentResponse, nullable: true, description: 'The secondment, for HR’s items; null otherwise' })
  secondment!: InboxSecondmentResponse | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    example: '2026-12-14',
    description:
      'The day by which it should be done (the same as the partnership’s `nextAction.dueBy`); null when no rule or clock sets one',
  })
  dueOn!: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 3,
    description:
      'England and Wales working days from today to the due day (0 when due today, negative when overdue); null without a due day',
  })
  workingDaysLeft!: number | null;

  @ApiProperty({ example: false, description: 'True when the due day has passed' })
  overdue!: boolean;

  @ApiProperty({
    example: '/api/v1/partnerships/7d9f…/actions/sign',
    description: 'Where to do it: the API operation that takes the action (POST)',
  })
  actionPath!: string;

  @ApiProperty({ example: '/api/v1/partnerships/7d9f…', description: 'Where to read the partnership in full (GET)' })
  partnershipPath!: string;
}

@ApiSchema({ description: 'Every action waiting on the caller across partnerships, soonest due first' })
export class InboxResponse {
  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'The day the working days are counted from (UTC)' })
  today!: string;

  @ApiProperty({ type: [InboxItemResponse], description: 'The actions, soonest due first; those without a due day last' })
  items!: InboxItemResponse[];
}
