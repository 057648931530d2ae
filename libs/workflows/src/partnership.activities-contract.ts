import type { DueDate, DueDateKind, ExitTrigger, IsoDate, PartnershipStage, Reinspection } from '#domain';

/** Who asked for an action, as the audit trail records them. */
export interface ActingPrincipal {
  principalId: string | null;
  name: string;
  role: string | null;
  councilCode: string | null;
  requestId?: string;
}

/** A stage change as the workflow decided it; `sequence` makes the mirror write idempotent. */
export interface StageChange {
  partnershipId: string;
  workflowId: string;
  runId: string;
  sequence: number;
  from: PartnershipStage;
  to: PartnershipStage;
  comment?: string;
  actor?: ActingPrincipal;
}

/** Milliseconds after sign-off opens at which to remind the chief executives, then escalate to the leaders. */
export interface SignOffTiming {
  remindAfterMs: number;
  escalateAfterMs: number;
}

/** The capacity check's verdict, as the workflow needs it. */
export interface CapacityVerdict {
  outcome: 'pass' | 'warn' | 'fail';
  summary: string;
}

/** The Cabinet decision as democratic services record it (Modern.gov fields; the deadlines are derived). */
export interface CabinetDecisionInput {
  title: string;
  decisionMaker: 'cabinet' | 'cabinet_member' | 'officer';
  decisionMakerName?: string;
  meetingName?: string;
  meetingDate?: string;
  decisionText: string;
  status: 'recommendations_approved' | 'approved' | 'rejected' | 'deferred';
  isKeyDecision: boolean;
  keyDecisionReason?: string;
  subjectToCallIn: boolean;
  urgencyRoute?: 'general_exception' | 'special_urgency';
  wardsAffected?: string[];
  forwardPlanFirstPublished?: string;
  decisionDate: string;
  publicationDate: string;
  exemptParagraph?: number;
  exemptInformation?: string;
  reasons?: string;
  alternativeOptions?: string;
  interestsDeclared?: string;
  concerns?: { concern: string; answer: string }[];
}

export interface RecordedDecision {
  decisionRecordId: string;
  status: CabinetDecisionInput['status'];
  subjectToCallIn: boolean;
  /** When the call-in window closes (the start of the effective-from day, UTC), or null. */
  callInClosesAtMs: number | null;
  /** Members the lead council needs to call a decision in; absent in histories from before quorums. */
  callInQuorum?: number;
}

/** A review of an active partnership, as its reviewers record it. */
export interface PartnershipReviewInput {
  kind: 'periodic' | 'commissioner';
  reviewDate: IsoDate;
  ragRating: 'red' | 'amber' | 'green';
  findings: string;
  nextReviewDate?: IsoDate;
  /** Chosen by the caller so it can read the review back; the database chooses one when absent. */
  reviewId?: string;
}

/** What the workflow needs to keep an active partnership's clocks, read once when it becomes active. */
export interface ActiveLifePlan {
  /** The planned end date: the partnership exits on this day unless something ends it sooner. */
  endsOn: IsoDate;
  firstReviewOn: IsoDate;
  /** The intervention's clocks still ahead (commissioner's deadline, action plan, monitoring visits). */
  clocks: DueDate[];
}

/** Decision record statuses the workflow sets after the record is made: a call-in, and its release. */
export type DecisionStatusChange = 'called_in' | CabinetDecisionInput['status'];

/** A decision record's status changed by the workflow, once per `key`, with who asked. */
export interface DecisionStatusChangeInput {
  partnershipId: string;
  decisionRecordId: string;
  status: DecisionStatusChange;
  members?: string[];
  actor?: ActingPrincipal;
  key: string;
}

/** Activities the partnership workflow calls; implemented in libs/activities. Each one is idempotent. */
export interface PartnershipActivities {
  recordStageChange(change: StageChange): Promise<void>;
  checkPartnershipCapacity(partnershipId: string): Promise<CapacityVerdict>;
  recordCabinetDecision(input: {
    partnershipId: string;
    decision: CabinetDecisionInput;
    actor?: ActingPrincipal;
    originKey: string;
  }): Promise<RecordedDecision>;
  /** Ends active secondments on `on` (the exit day; today in older histories) and cancels those not started. */
  endPartnershipSecondments(input: { partnershipId: string; actor?: ActingPrincipal; on?: IsoDate }): Promise<number>;
  /**
   * The lead council's reminder and escalation periods (working days) as durations from the moment
   * sign-off opened by the workflow's clock (`openedAtMs`; the activity's own clock in older histories).
   */
  signOffTiming(partnershipId: string, openedAtMs?: number): Promise<SignOffTiming>;
  /** Records (audit trail) that the signatures are overdue: `reminder` to the chief executives, `escalation` to the leaders. */
  recordSignOffChase(input: { partnershipId: string; kind: 'reminder' | 'escalation'; signedBy: string[]; round: number }): Promise<void>;
  /** A chief executive's signature, in the audit trail. */
  recordSignature(input: { partnershipId: string; councilCode: string; actor?: ActingPrincipal; round: number }): Promise<void>;
  /** Marks the decision record (called in, or released back to its status) and audits who did it. */
  changeDecisionStatus(input: DecisionStatusChangeInput): Promise<void>;
  /** Reads the planned end, the first review and the intervention's clocks, and lists them as due dates. */
  planActiveLife(input: { partnershipId: string; activeFrom: IsoDate }): Promise<ActiveLifePlan>;
  /**
   * Starts the approved secondments whose first day has come and ends the active ones whose last
   * day has passed; answers the next day on which one of them starts or ends, or null.
   */
  keepSecondmentsInStep(input: { partnershipId: string; on: IsoDate }): Promise<{ nextChangeOn: IsoDate | null }>;
  /** A due date's reminder went out, or the day came: marked on the due date and in the audit trail. */
  recordDueDate(input: {
    partnershipId: string;
    kind: DueDateKind;
    dueOn: IsoDate;
    event: 'reminder' | 'due';
    label: string;
  }): Promise<void>;
  /** Saves a review and the next review's due date; a retry with the same key saves nothing more. */
  recordReview(input: {
    partnershipId: string;
    review: PartnershipReviewInput;
    nextReviewOn: IsoDate;
    actor?: ActingPrincipal;
    originKey: string;
  }): Promise<{ reviewId: string }>;
  /** Writes the supported council's new judgement and the lifting of the direction, when it exits on improvement. */
  recordReinspection(input: { partnershipId: string; reinspection: Reinspection; actor?: ActingPrincipal }): Promise<void>;
}

/** How the partnership came to exit, kept by the workflow for the exit stage. */
export interface ExitPlan {
  trigger: ExitTrigger;
  reason: string;
  handBackUntil?: IsoDate;
  reinspection?: Reinspection;
}
