import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** How a council governs its decisions: call-in period and quorum, key-decision threshold, sign-off reminders. */
@Entity({ name: 'governance_settings' })
export class GovernanceSettingsEntity {
  @PrimaryColumn({ name: 'council_code', type: 'text' })
  councilCode!: string;

  @Column({ name: 'call_in_period_working_days', type: 'integer' })
  callInPeriodWorkingDays!: number;

  @Column({ name: 'call_in_quorum', type: 'integer' })
  callInQuorum!: number;

  @Column({ name: 'key_decision_threshold_pence', type: 'bigint' })
  keyDecisionThresholdPence!: string;

  @Column({ name: 'sign_off_reminder_working_days', type: 'integer' })
  signOffReminderWorkingDays!: number;

  @Column({ name: 'sign_off_escalation_working_days', type: 'integer' })
  signOffEscalationWorkingDays!: number;

  @VersionColumn()
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
