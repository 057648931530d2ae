import { weekdaysBeyondCoverage, type HolidayCalendar } from './bank-holidays.js';
import type { IsoDate } from './calendar-date.js';
import type { PartnershipStage } from './partnership-stage.js';
import type { Role } from './principal.js';
import { addWorkingDays } from './working-days.js';

export interface NextAction {
  /** Roles that can move the partnership on, and of which council. */
  by: readonly Role[];
  council: 'lead' | 'supported' | 'either' | 'none';
  action: string;
  /** The day by which it should be done, when a rule or a clock sets one. */
  dueBy?: IsoDate | null;
}

/** What is known of a partnership beyond its stage that changes who acts next, or by when. */
export interface NextActionFacts {
  /** The decision has been called in and scrutiny has yet to decide. */
  calledIn?: boolean;
  /** The last day on which the decision may be called in. */
  callInDeadline?: IsoDate | null;
  /** The day sign-off opened, and the lead council's reminder period in working days. */
  signOffOpenedOn?: IsoDate | null;
  signOffReminderWorkingDays?: number;
  /** Councils whose chief executive has not yet signed. */
  awaitingSignatureFrom?: readonly string[];
  /** The earliest due date still open while active; the periodic review's while under review. */
  nextDueOn?: IsoDate | null;
  /** After notice: the last day of the hand-back period. */
  handBackUntil?: IsoDate | null;
  /** When the latest capacity check failed: what it found (which team, which day, how far below its floor). */
  capacityCheckFailure?: string | null;
}

/** Who must act next in each stage, and by when, in the words users see; null once the partnership has ended. */
export function nextActionFor(stage: PartnershipStage, facts: NextActionFacts = {}, calendar?: HolidayCalendar): NextAction | null {
  switch (stage) {
    case 'draft':
      return { by: ['chief_executive', 'director'], council: 'lead', action: 'complete the draft and submit it for officer review' };
    case 'officer_review':
      return { by: ['director'], council: 'lead', action: 'endorse, or send back with comments' };
    case 'capacity_check':
      return facts.capacityCheckFailure
        ? {
            by: ['chief_executive', 'director'],
            council: 'lead',
            action:
              `the capacity check failed: ${facts.capacityCheckFailure}. Either the chief executive overrides it with their reason ` +
              '(override-capacity), or the chief executive or director sends the partnership back to draft (send-back)',
          }
        : {
            by: ['chief_executive'],
            council: 'lead',
            action: 'wait for the capacity check; if it fails, override with a reason or send back',
          };
    case 'cabinet_decision':
      return { by: ['democratic_services'], council: 'lead', action: 'record the Cabinet decision' };
    case 'call_in_window':
      return facts.calledIn
        ? { by: ['scrutiny'], council: 'lead', action: 'record the scrutiny outcome: release the decision or refer it back to Cabinet' }
        : {
            by: ['scrutiny'],
            council: 'lead',
            action: 'call the decision in before the deadline, or let the period run out',
            dueBy: facts.callInDeadline ?? null,
          };
    case 'sign_off':
      return {
        by: ['chief_executive'],
        council: 'either',
        action: facts.awaitingSignatureFrom?.length
          ? `sign: waiting for the chief executive of ${facts.awaitingSignatureFrom.join(' and ')}`
          : 'both chief executives sign',
        dueBy: signOffDueBy(facts, calendar),
      };
    case 'active':
      return {
        by: ['commissioner', 'chief_executive', 'director'],
        council: 'either',
        action: 'record reviews as they fall due; either council or the commissioner may record an exit',
        dueBy: facts.nextDueOn ?? null,
      };
    case 'under_review':
      return {
        by: ['commissioner', 'chief_executive', 'director'],
        council: 'either',
        action: 'record the periodic review that has fallen due',
        dueBy: facts.nextDueOn ?? null,
      };
    case 'exiting':
      return {
        by: [],
        council: 'none',
        action: facts.handBackUntil
          ? 'the hand-back period runs; the workflow ends the secondments and completes the partnership on its last day'
          : 'secondments are ending; the workflow completes the partnership',
        dueBy: facts.handBackUntil ?? null,
      };
    case 'completed':
    case 'rejected':
    case 'withdrawn':
      return null;
  }
}

/** Signatures are wanted by the time the lead council's reminder would go out. */
function signOffDueBy(facts: NextActionFacts, calendar: HolidayCalendar | undefined): IsoDate | null {
  if (!facts.signOffOpenedOn || !facts.signOffReminderWorkingDays || !calendar) return null;
  return addWorkingDays(facts.signOffOpenedOn, facts.signOffReminderWorkingDays, weekdaysBeyondCoverage(calendar));
}
