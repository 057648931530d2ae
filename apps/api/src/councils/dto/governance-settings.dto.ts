import { ApiProperty } from '@nestjs/swagger';
import type { GovernanceSettingsEntity } from '#persistence';
import { IsGreaterThan } from '../../validation/field-comparison.validators.js';
import { IsBoundedInteger, IsRecordVersion, MAX_PENCE } from '../../validation/bounded-integer.validator.js';

export class GovernanceSettingsResponse {
  @ApiProperty({ example: 'E10000014' })
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

  @ApiProperty({ type: 'integer', example: 5 })
  signOffReminderWorkingDays!: number;

  @ApiProperty({ type: 'integer', example: 10 })
  signOffEscalationWorkingDays!: number;

  @ApiProperty({ type: 'integer', example: 1 })
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

export class UpdateGovernanceSettingsDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiProperty({ type: 'integer', example: 10 })
  @IsBoundedInteger(1, 30)
  callInPeriodWorkingDays!: number;

  @ApiProperty({ type: 'integer', example: 5 })
  @IsBoundedInteger(1, 100)
  callInQuorum!: number;

  @ApiProperty({ type: 'integer', example: 25_000_000, description: 'Pence (£250k)' })
  @IsBoundedInteger(1, MAX_PENCE)
  keyDecisionThresholdPence!: number;

  @ApiProperty({ type: 'integer', example: 5 })
  @IsBoundedInteger(1, 60)
  signOffReminderWorkingDays!: number;

  @ApiProperty({ type: 'integer', example: 10, description: 'Must come after the reminder' })
  @IsBoundedInteger(2, 120)
  @IsGreaterThan('signOffReminderWorkingDays')
  signOffEscalationWorkingDays!: number;
}
