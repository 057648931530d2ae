import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { GovernanceSettingsEntity } from '#persistence';
import { IsGreaterThan } from '../../validation/field-comparison.validators.js';
import { IsBoundedInteger, IsRecordVersion, MAX_PENCE } from '../../validation/bounded-integer.validator.js';

@ApiSchema({
  description:
    'A council’s own governance rules: its call-in period and quorum, its key-decision threshold, and when missing signatures are chased',
})
export class GovernanceSettingsResponse {
  @ApiProperty({ example: 'E10000014', description: 'GSS code of the council whose rules these are' })
  councilCode!: string;

  @ApiProperty({
    type: 'integer',
    example: 5,
    description: 'Working days after publication in which a decision may be called in (5 usual, some use 10)',
  })
  callInPeriodWorkingDays!: number;

  @ApiProperty({ type: 'integer', example: 5, description: 'Members needed to call a decision in' })
  callInQuorum!: number;

  @ApiProperty({ type: 'integer', example: 50_000_000, description: 'Key-decision spending threshold in pence (£500k)' })
  keyDecisionThresholdPence!: number;

  @ApiProperty({
    type: 'integer',
    example: 5,
    description: 'Working days after sign-off opens before a chief executive who has not signed is reminded',
  })
  signOffReminderWorkingDays!: number;

  @ApiProperty({
    type: 'integer',
    example: 10,
    description: 'Working days after sign-off opens before a missing signature is escalated to the council leaders',
  })
  signOffEscalationWorkingDays!: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'The settings’ version, to send back with a change (optimistic concurrency)' })
  version!: number;

  static from(entity: GovernanceSettingsEntity): GovernanceSettingsResponse {
    return {
      councilCode: entity.councilCode,
      callInPeriodWorkingDays: entity.callInPeriodWorkingDays,
      callInQuorum: entity.callInQuorum,
      keyDecisionThresholdPence: Number(entity.keyDecisionThresholdPence),
      signOffReminderWorkingDays: entity.signOffReminderWorkingDays,
      signOffEscalationWorkingDays: entity.signOffEscalationWorkingDays,
      version: entity.version,
    };
  }
}

@ApiSchema({ description: 'A council’s new governance rules, all of them, given the version read' })
export class UpdateGovernanceSettingsDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiProperty({
    type: 'integer',
    example: 10,
    description: 'Working days after publication in which a decision may be called in (1–30)',
  })
  @IsBoundedInteger(1, 30)
  callInPeriodWorkingDays!: number;

  @ApiProperty({ type: 'integer', example: 5, description: 'Members needed to call a decision in (1–100)' })
  @IsBoundedInteger(1, 100)
  callInQuorum!: number;

  @ApiProperty({ type: 'integer', example: 25_000_000, description: 'Key-decision spending threshold in pence (here £250k)' })
  @IsBoundedInteger(1, MAX_PENCE)
  keyDecisionThresholdPence!: number;

  @ApiProperty({
    type: 'integer',
    example: 5,
    description: 'Working days after sign-off opens before a missing signature is chased with a reminder (1–60)',
  })
  @IsBoundedInteger(1, 60)
  signOffReminderWorkingDays!: number;

  @ApiProperty({
    type: 'integer',
    example: 10,
    description:
      'Working days after sign-off opens before a missing signature is escalated to the council leaders; more than the reminder (2–120)',
  })
  @IsBoundedInteger(2, 120)
  @IsGreaterThan('signOffReminderWorkingDays')
  signOffEscalationWorkingDays!: number;
}
