import { DEFAULT_GOVERNANCE_SETTINGS, validateGovernanceSettings, type GovernanceSettings } from './governance-settings.js';

function settings(overrides: Partial<GovernanceSettings> = {}): GovernanceSettings {
  return { ...DEFAULT_GOVERNANCE_SETTINGS, ...overrides };
}

describe('governance settings', () => {
  it('starts a council on a 5-day call-in, 5 members to call in, reminders at 5 and escalation at 10 working days', () => {
    expect(DEFAULT_GOVERNANCE_SETTINGS).toEqual({
      callInPeriodWorkingDays: 5,
      callInQuorum: 5,
      keyDecisionThresholdPence: 50_000_000,
      signOffReminderWorkingDays: 5,
      signOffEscalationWorkingDays: 10,
    });
    expect(validateGovernanceSettings(DEFAULT_GOVERNANCE_SETTINGS)).toEqual([]);
  });

  it('accepts Reading’s 10-day call-in and Lancaster’s £250k threshold', () => {
    expect(validateGovernanceSettings(settings({ callInPeriodWorkingDays: 10, keyDecisionThresholdPence: 25_000_000 }))).toEqual([]);
  });

  it('refuses a call-in period outside 1 to 30 whole working days', () => {
    for (const period of [0, 31, 2.5]) {
      expect(validateGovernanceSettings(settings({ callInPeriodWorkingDays: period }))).toEqual([
        `a call-in period is 1 to 30 working days, not ${period}`,
      ]);
    }
  });

  it('refuses a quorum of no members', () => {
    expect(validateGovernanceSettings(settings({ callInQuorum: 0 }))).toEqual(['the call-in quorum must be at least 1 member, not 0']);
  });

  it('refuses a threshold that is not a positive whole number of pence', () => {
    for (const threshold of [0, -100, 250_000.5, 2 ** 53]) {
      expect(validateGovernanceSettings(settings({ keyDecisionThresholdPence: threshold }))).toHaveLength(1);
    }
  });

  it('refuses an escalation that does not come after the reminder', () => {
    expect(validateGovernanceSettings(settings({ signOffReminderWorkingDays: 5, signOffEscalationWorkingDays: 5 }))).toEqual([
      'the sign-off escalation (5 working days) must come after the reminder (5)',
    ]);
    expect(validateGovernanceSettings(settings({ signOffReminderWorkingDays: 5, signOffEscalationWorkingDays: 6 }))).toEqual([]);
  });

  it('refuses reminder and escalation periods shorter than a working day', () => {
    expect(validateGovernanceSettings(settings({ signOffReminderWorkingDays: 0 }))).toHaveLength(1);
    expect(validateGovernanceSettings(settings({ signOffReminderWorkingDays: 0.5, signOffEscalationWorkingDays: 0 }))).toHaveLength(2);
  });

  it('lists every problem at once', () => {
    const problems = validateGovernanceSettings({
      callInPeriodWorkingDays: 0,
      callInQuorum: 0,
      keyDecisionThresholdPence: 0,
      signOffReminderWorkingDays: 10,
      signOffEscalationWorkingDays: 5,
    });
    expect(problems).toHaveLength(4);
  });
});
