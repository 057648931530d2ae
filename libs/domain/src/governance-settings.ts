import { callInPeriodProblem, DEFAULT_CALL_IN_PERIOD_WORKING_DAYS } from './call-in.js';

/** How a council governs its decisions; each council sets its own (docs/domain.md, "The records"). */
export interface GovernanceSettings {
  /** Working days after publication in which a decision may be called in. */
  callInPeriodWorkingDays: number;
  /** Members needed to call a decision in. */
  callInQuorum: number;
  /** Spending or savings at or above this, in pence, make a decision key. */
  keyDecisionThresholdPence: number;
  /** Working days before the chief executives are reminded of a missing sign-off. */
  signOffReminderWorkingDays: number;
  /** Working days before a missing sign-off goes to the council leaders; after the reminder. */
  signOffEscalationWorkingDays: number;
}

/** The defaults the governance_settings table gives a new council: 5 days and members, £500k. */
export const DEFAULT_GOVERNANCE_SETTINGS: Readonly<GovernanceSettings> = Object.freeze({
  callInPeriodWorkingDays: DEFAULT_CALL_IN_PERIOD_WORKING_DAYS,
  callInQuorum: 5,
  keyDecisionThresholdPence: 50_000_000,
  signOffReminderWorkingDays: 5,
  signOffEscalationWorkingDays: 10,
});

function isWholeAtLeast(value: number, minimum: number): boolean {
  return Number.isSafeInteger(value) && value >= minimum;
}

/** Every problem with a council's settings, in words a democratic services officer can act on; empty when valid. */
export function validateGovernanceSettings(settings: GovernanceSettings): string[] {
  const problems: string[] = [];
  const callInProblem = callInPeriodProblem(settings.callInPeriodWorkingDays);
  if (callInProblem) problems.push(callInProblem);
  if (!isWholeAtLeast(settings.callInQuorum, 1)) {
    problems.push(`the call-in quorum must be at least 1 member, not ${settings.callInQuorum}`);
  }
  if (!isWholeAtLeast(settings.keyDecisionThresholdPence, 1)) {
    problems.push(`the key-decision threshold must be a positive whole number of pence, not ${settings.keyDecisionThresholdPence}`);
  }
  const reminderValid = isWholeAtLeast(settings.signOffReminderWorkingDays, 1);
  if (!reminderValid) {
    problems.push(`the sign-off reminder must come after a whole number of working days ≥ 1, not ${settings.signOffReminderWorkingDays}`);
  }
  if (!isWholeAtLeast(settings.signOffEscalationWorkingDays, 1)) {
    problems.push(
      `the sign-off escalation must come after a whole number of working days ≥ 1, not ${settings.signOffEscalationWorkingDays}`,
    );
  } else if (reminderValid && settings.signOffEscalationWorkingDays <= settings.signOffReminderWorkingDays) {
    problems.push(
      `the sign-off escalation (${settings.signOffEscalationWorkingDays} working days) must come after the reminder (${settings.signOffReminderWorkingDays})`,
    );
  }
  return problems;
}
