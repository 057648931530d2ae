import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { PartnershipStage } from '../../domain/src/index.js';

/** One workflow per partnership: the id is derived, so starting it twice is harmless. */
export function partnershipWorkflowId(partnershipId: string): string {
  return `partnership-${partnershipId}`;
}

export interface PartnershipWorkflowInput {
  partnershipId: string;
  /** Overrides the lead council's sign-off reminder and escalation periods (tests, demonstrations). */
  signOffTiming?: SignOffTiming;
}

/** Milliseconds after sign-off opens at which to remind the chief executives, then escalate to the leaders. */
export interface SignOffTiming {
  remindAfterMs: number;
  escalateAfterMs: number;
}

/** Who asked for an action, as the audit trail records them. */
export interface ActingPrincipal {
  principalId: string | null;
  name: string;
  role: string | null;
  councilCode: string | null;
  requestId?: string;
}

/** What a person asks of the workflow. `actor` is optional so histories from before it replay. */
export interface StageActionInput {
  comment?: string;
  actor?: ActingPrincipal;
}

export interface StageActionResult {
  stage: PartnershipStage;
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
  concerns?: { concern: string; answer: string }[];
}

export interface RecordedDecision {
  decisionRecordId: string;
  status: CabinetDecisionInput['status'];
  subjectToCallIn: boolean;
  /** When the call-in window closes (the start of the effective-from day, UTC), or null. */
  callInClosesAtMs: number | null;
}

/** Activities the partnership workflow calls; implemented in libs/activities. */
export interface PartnershipActivities {
  recordStageChange(change: StageChange): Promise<void>;
  checkPartnershipCapacity(partnershipId: string): Promise<CapacityVerdict>;
  recordCabinetDecision(input: {
    partnershipId: string;
    decision: CabinetDecisionInput;
    actor?: ActingPrincipal;
    originKey: string;
  }): Promise<RecordedDecision>;
  endPartnershipSecondments(input: { partnershipId: string; actor?: ActingPrincipal }): Promise<number>;
  /** The lead council's reminder and escalation periods (working days) turned into durations from now. */
  signOffTiming(partnershipId: string): Promise<SignOffTiming>;
  /** Records (audit trail) that the signatures are overdue: `reminder` to the chief executives, `escalation` to the leaders. */
  recordSignOffChase(input: { partnershipId: string; kind: 'reminder' | 'escalation'; signedBy: string[]; round: number }): Promise<void>;
}

/** Failure types an Update can be refused with; the API maps each to problem details. */
export const StageActionRefusal = {
  notAllowedInStage: 'StageActionNotAllowed',
  stageChangeInProgress: 'StageChangeInProgress',
  alreadySigned: 'AlreadySigned',
  decisionRefused: 'DecisionRefused',
} as const;

export interface OverrideInput extends StageActionInput {
  reason: string;
}

export interface CabinetDecisionActionInput extends StageActionInput {
  decision: CabinetDecisionInput;
}

export interface ScrutinyOutcomeInput extends StageActionInput {
  outcome: 'released' | 'referred_back';
}

export interface SignInput extends StageActionInput {
  /** The council this chief executive signs for: the lead or the supported council. */
  councilCode: string;
}

/** What the workflow knows beyond its stage, for queries and the API's "who acts next". */
export interface PartnershipWorkflowState {
  stage: PartnershipStage;
  capacity?: CapacityVerdict;
  capacityOverrideReason?: string;
  decision?: RecordedDecision;
  callInLodged: boolean;
  signedBy: string[];
}

export const submitPartnership = defineUpdate<StageActionResult, [StageActionInput]>('submit');
export const withdrawPartnership = defineUpdate<StageActionResult, [StageActionInput]>('withdraw');
export const endorsePartnership = defineUpdate<StageActionResult, [StageActionInput]>('endorse');
export const sendBackPartnership = defineUpdate<StageActionResult, [StageActionInput]>('sendBack');
export const overrideCapacityCheck = defineUpdate<StageActionResult, [OverrideInput]>('overrideCapacity');
export const recordCabinetDecision = defineUpdate<StageActionResult, [CabinetDecisionActionInput]>('recordCabinetDecision');
export const callInDecision = defineUpdate<StageActionResult, [StageActionInput]>('callIn');
export const recordScrutinyOutcome = defineUpdate<StageActionResult, [ScrutinyOutcomeInput]>('recordScrutinyOutcome');
export const signPartnership = defineUpdate<StageActionResult, [SignInput]>('sign');
export const requestExit = defineUpdate<StageActionResult, [OverrideInput]>('requestExit');
export const currentStage = defineQuery<PartnershipStage>('currentStage');
export const workflowState = defineQuery<PartnershipWorkflowState>('state');
