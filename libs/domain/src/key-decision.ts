import { daysBetween, isIsoDate, type IsoDate } from './calendar-date.js';

/** What makes an executive decision a key decision (SI 2012/2089 reg 8), in integer pence. */
export interface KeyDecisionTest {
  spendingPence: number;
  savingsPence: number;
  /** How many wards or electoral divisions the decision significantly affects. */
  wardsAffected: number;
}

function requirePence(name: string, value: number, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be a whole number of pence ≥ ${minimum}, not ${value}`);
  }
}

/**
 * Key when the spending or the savings reach the council's own threshold (e.g. £250k at Lancaster,
 * £500k at Leeds), or when two or more wards are affected (SI 2012/2089 reg 8).
 */
export function isKeyDecision(decision: KeyDecisionTest, thresholdPence: number): boolean {
  requirePence('the key-decision threshold', thresholdPence, 1);
  requirePence('spending', decision.spendingPence, 0);
  requirePence('savings', decision.savingsPence, 0);
  if (!Number.isSafeInteger(decision.wardsAffected) || decision.wardsAffected < 0) {
    throw new RangeError(`wards affected must be a whole number ≥ 0, not ${decision.wardsAffected}`);
  }
  return decision.spendingPence >= thresholdPence || decision.savingsPence >= thresholdPence || decision.wardsAffected >= 2;
}

/** reg 10 general exception: 5 clear days' notice, scrutiny chair informed; reg 11 special urgency: the chair agrees. */
export type UrgencyRoute = 'general_exception' | 'special_urgency';

/** Notice a key decision needs on the forward plan (SI 2012/2089 reg 9). */
export const KEY_DECISION_NOTICE_CLEAR_DAYS = 28;
/** Notice under the general exception (reg 10). */
export const GENERAL_EXCEPTION_CLEAR_DAYS = 5;

export interface ForwardPlanNotice {
  firstPublishedOnForwardPlan?: IsoDate | null;
  meetingDate: IsoDate;
  urgency?: UrgencyRoute | null;
}

export interface NoticeOutcome {
  satisfied: boolean;
  /** Clear days given; null when the decision was never published on the forward plan. */
  clearDays: number | null;
  required: number;
  reason?: string;
}

/** Days strictly between publication and the meeting: neither the day of publication nor the day of the meeting counts. */
export function clearDaysBetween(published: IsoDate, meeting: IsoDate): number {
  return Math.max(0, daysBetween(published, meeting) - 1);
}

/**
 * Whether a key decision had the notice the regulations require: 28 clear days on the forward plan
 * (published on day D, the earliest meeting is D + 29), 5 under the general exception, none under
 * special urgency. With neither a forward-plan date nor an urgency route it is not satisfied.
 */
export function forwardPlanNoticeSatisfied(notice: ForwardPlanNotice): NoticeOutcome {
  if (!isIsoDate(notice.meetingDate)) throw new RangeError(`not a meeting date (YYYY-MM-DD): ${JSON.stringify(notice.meetingDate)}`);
  const published = notice.firstPublishedOnForwardPlan ?? null;
  const clearDays = published === null ? null : clearDaysBetween(published, notice.meetingDate);
  if (notice.urgency === 'special_urgency') return { satisfied: true, clearDays, required: 0 };
  const required = notice.urgency === 'general_exception' ? GENERAL_EXCEPTION_CLEAR_DAYS : KEY_DECISION_NOTICE_CLEAR_DAYS;
  const route = notice.urgency === 'general_exception' ? 'under the general exception (reg 10)' : 'on the forward plan (reg 9)';
  if (clearDays === null) {
    return {
      satisfied: false,
      clearDays,
      required,
      reason: `a key decision needs ${required} clear days' notice ${route}; none was published`,
    };
  }
  if (clearDays < required) {
    return { satisfied: false, clearDays, required, reason: `${clearDays} clear days' notice given ${route}; ${required} are required` };
  }
  return { satisfied: true, clearDays, required };
}
