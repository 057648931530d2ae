import { weekdaysBeyondCoverage, type HolidayCalendar } from './bank-holidays.js';
import { addMonths, type IsoDate } from './calendar-date.js';
import { addWorkingDays, subtractWorkingDays } from './working-days.js';

/** Dates by which something is due while a partnership is active; each one gets a reminder first. */
export const DUE_DATE_KINDS = ['periodic_review', 'commissioner_review', 'action_plan', 'monitoring_visit'] as const;
export type DueDateKind = (typeof DUE_DATE_KINDS)[number];

export interface DueDate {
  kind: DueDateKind;
  dueOn: IsoDate;
  /** When to remind the people who must act; null when the due date leaves no room for one. */
  remindOn: IsoDate | null;
  label: string;
}

/** Partnership reviews fall due quarterly unless a review sets its own next date. */
export const REVIEW_EVERY_MONTHS = 3;
/** Ofsted expects the action plan within 70 working days of an inadequate judgement. */
export const ACTION_PLAN_WORKING_DAYS = 70;
/** Ofsted then visits about quarterly, up to about six times, before re-inspecting. */
export const MONITORING_VISITS = 6;
export const MONITORING_EVERY_MONTHS = 3;
/** Reminders go out this many working days before a due date. */
export const REMINDER_WORKING_DAYS_BEFORE = 5;

/** What a DfE intervention records that starts clocks. */
export interface InterventionClockFacts {
  triggerJudgement: 'outstanding' | 'good' | 'requires_improvement' | 'inadequate';
  triggerJudgementDate: IsoDate;
  /** The commissioner's review deadline, when a commissioner was appointed. */
  reviewDeadline: IsoDate | null;
}

/** A reminder a few working days ahead; a year the holiday list does not cover still gets one, on a weekday. */
export function reminderFor(dueOn: IsoDate, calendar: HolidayCalendar): IsoDate {
  return subtractWorkingDays(dueOn, REMINDER_WORKING_DAYS_BEFORE, weekdaysBeyondCoverage(calendar));
}

function due(kind: DueDateKind, dueOn: IsoDate, label: string, calendar: HolidayCalendar): DueDate {
  return { kind, dueOn, remindOn: reminderFor(dueOn, calendar), label };
}

/**
 * The intervention's own clocks: the commissioner's review deadline; and after an inadequate
 * judgement, the action plan 70 working days on and quarterly monitoring visits from then.
 */
export function interventionClocks(intervention: InterventionClockFacts, calendar: HolidayCalendar): DueDate[] {
  const clocks: DueDate[] = [];
  if (intervention.reviewDeadline) {
    clocks.push(due('commissioner_review', intervention.reviewDeadline, 'Commissioner’s review report due', calendar));
  }
  if (intervention.triggerJudgement === 'inadequate') {
    const actionPlanDue = addWorkingDays(intervention.triggerJudgementDate, ACTION_PLAN_WORKING_DAYS, weekdaysBeyondCoverage(calendar));
    clocks.push(due('action_plan', actionPlanDue, 'Action plan due to Ofsted (70 working days after the judgement)', calendar));
    for (let visit = 1; visit <= MONITORING_VISITS; visit += 1) {
      const on = addMonths(actionPlanDue, visit * MONITORING_EVERY_MONTHS);
      clocks.push(due('monitoring_visit', on, `Ofsted monitoring visit ${visit} expected`, calendar));
    }
  }
  return clocks.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/** Clocks still ahead on `today`: one that fell due before the partnership was active is history, not a task. */
export function clocksAhead(clocks: readonly DueDate[], today: IsoDate): DueDate[] {
  return clocks.filter((clock) => clock.dueOn >= today);
}

/**
 * The first periodic review: a quarter after the partnership starts work, or after it became
 * active if that was later (signatures can come after the planned start).
 */
export function firstReviewDue(plannedStart: IsoDate, activeFrom: IsoDate, everyMonths = REVIEW_EVERY_MONTHS): IsoDate {
  return addMonths(plannedStart > activeFrom ? plannedStart : activeFrom, everyMonths);
}

/** The review after one recorded on `reviewedOn`: the date the review set, or a quarter on. */
export function nextReviewDue(reviewedOn: IsoDate, setByReview: IsoDate | null | undefined, everyMonths = REVIEW_EVERY_MONTHS): IsoDate {
  return setByReview ?? addMonths(reviewedOn, everyMonths);
}
