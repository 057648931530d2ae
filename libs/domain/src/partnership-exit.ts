import { addMonths, isIsoDate, type IsoDate } from './calendar-date.js';

export const OFSTED_JUDGEMENTS = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
export type OfstedJudgement = (typeof OFSTED_JUDGEMENTS)[number];

/**
 * Why a partnership ends. `end_date` is the workflow's own timer; the others are asked for:
 * the supported council re-judged requires improvement or better with the direction lifted
 * (Buckinghamshire, December 2021); a long-term solution in place (Torbay); or the lead council
 * giving notice, usually followed by an agreed hand-back period (the Isle of Wight, January 2024).
 */
export const EXIT_TRIGGERS = ['end_date', 'improved', 'long_term_solution', 'notice'] as const;
export type ExitTrigger = (typeof EXIT_TRIGGERS)[number];
export type RequestedExitTrigger = Exclude<ExitTrigger, 'end_date'>;

/** A hand-back longer than this is a new partnership, not an exit. */
export const MAX_HAND_BACK_MONTHS = 24;

export interface Reinspection {
  judgement: OfstedJudgement;
  judgedOn: IsoDate;
  directionLiftedOn: IsoDate;
}

export interface ExitRequest {
  trigger: RequestedExitTrigger;
  reason: string;
  /** With notice: the last day of the hand-back period, during which secondments continue. */
  handBackUntil?: IsoDate;
  /** With `improved`: the re-inspection and the day the statutory direction was lifted. */
  reinspection?: Reinspection;
}

/** Requires improvement or better ends the need for support. */
export function isGoodEnoughToExit(judgement: OfstedJudgement): boolean {
  return judgement !== 'inadequate';
}

/** Why an exit cannot be asked for like this on `today`, or null when it can. */
export function exitRequestProblem(request: ExitRequest, today: IsoDate): string | null {
  if (!request.reason?.trim()) return 'an exit needs its reason recorded';
  if (request.handBackUntil !== undefined && request.trigger !== 'notice') {
    return 'only notice from the lead council comes with a hand-back period';
  }
  if (request.trigger === 'notice' && request.handBackUntil !== undefined) {
    if (!isIsoDate(request.handBackUntil)) return `the hand-back end is not a date: ${request.handBackUntil}`;
    if (request.handBackUntil <= today) return `the hand-back period must end after today (${today})`;
    if (request.handBackUntil > addMonths(today, MAX_HAND_BACK_MONTHS)) {
      return `a hand-back period runs at most ${MAX_HAND_BACK_MONTHS} months`;
    }
  }
  if (request.trigger === 'improved') return reinspectionProblem(request.reinspection, today);
  if (request.reinspection !== undefined) return 'a re-inspection is recorded only with the improved trigger';
  return null;
}

function reinspectionProblem(reinspection: Reinspection | undefined, today: IsoDate): string | null {
  if (!reinspection) return 'an exit on improvement needs the re-inspection judgement and the day the direction was lifted';
  const { judgement, judgedOn, directionLiftedOn } = reinspection;
  if (!isIsoDate(judgedOn) || !isIsoDate(directionLiftedOn)) return 'the re-inspection and direction dates must be calendar dates';
  if (!isGoodEnoughToExit(judgement)) return 'the supported council is still judged inadequate; support continues';
  if (judgedOn > today || directionLiftedOn > today) return 'the re-inspection and the lifting of the direction must already have happened';
  if (directionLiftedOn < judgedOn) return 'the direction is lifted after the re-inspection, not before it';
  return null;
}
