import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { DueDate, IsoDate, PartnershipStage, Reinspection, RequestedExitTrigger } from '#domain';
import type {
  ActingPrincipal,
  CabinetDecisionInput,
  CapacityVerdict,
  ExitPlan,
  PartnershipReviewInput,
  RecordedDecision,
  SignOffTiming,
} from './partnership.activities-contract.js';

export type * from './partnership.activities-contract.js';

/** One workflow per partnership: the id is derived, so starting it twice is harmless. */
export function partnershipWorkflowId(partnershipId: string): string {
  return `partnership-${partnershipId}`;
}

export interface PartnershipWorkflowInput {
  partnershipId: string;
  /** Overrides the lead council's sign-off reminder and escalation periods (tests, demonstrations). */
  signOffTiming?: SignOffTiming;
}

/** What a person asks of the workflow. `actor` is optional so histories from before it replay. */
export interface StageActionInput {
  comment?: string;
  actor?: ActingPrincipal;
}

export interface StageActionResult {
  stage: PartnershipStage;
}

/** Failure types an Update can be refused with; the API maps each to problem details. */
export const StageActionRefusal = {
  notAllowedInStage: 'StageActionNotAllowed',
  stageChangeInProgress: 'StageChangeInProgress',
  alreadySigned: 'AlreadySigned',
  /** The same review (kind and date) was recorded already. */
  alreadyRecorded: 'AlreadyRecorded',
  decisionRefused: 'DecisionRefused',
  /** The request itself is wrong (too few members for a call-in, an exit without what it needs): 422, not 409. */
  invalidRequest: 'InvalidActionRequest',
  /** The database's record of the partnership disagrees with its workflow: nothing moved; an operator must look. */
  recordOutOfStep: 'PartnershipRecordOutOfStep',
} as const;

export type StageActionRefusalType = (typeof StageActionRefusal)[keyof typeof StageActionRefusal];

export interface OverrideInput extends StageActionInput {
  reason: string;
}

export interface CabinetDecisionActionInput extends StageActionInput {
  decision: CabinetDecisionInput;
}

export interface ScrutinyOutcomeInput extends StageActionInput {
  outcome: 'released' | 'referred_back';
}

export interface CallInInput extends StageActionInput {
  /** The scrutiny members calling the decision in; at least the lead council's quorum. */
  members?: string[];
}

/** `trigger` absent (histories from before triggers) is notice without a hand-back. */
export interface RequestExitInput extends OverrideInput {
  trigger?: RequestedExitTrigger;
  handBackUntil?: IsoDate;
  reinspection?: Reinspection;
}

export interface RecordReviewInput extends StageActionInput {
  review: PartnershipReviewInput;
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
  /** Kept from the day the partnership became active. */
  activeLife?: ActiveLifeState;
  exit?: ExitPlan;
  /** Reviews recorded, as `kind:date`; absent in histories from before one action at a time. */
  reviewsRecorded?: string[];
}

export interface ActiveLifeState {
  endsOn: IsoDate;
  nextReviewOn: IsoDate;
  /** Clocks still to remind or fall due, earliest first; each leaves once its day has come. */
  clocks: (DueDate & { reminded: boolean })[];
  /** The next day a secondment starts or ends, as far as the workflow knows, or null. */
  nextSecondmentChangeOn: IsoDate | null;
}

export const submitPartnership = defineUpdate<StageActionResult, [StageActionInput]>('submit');
export const withdrawPartnership = defineUpdate<StageActionResult, [StageActionInput]>('withdraw');
export const endorsePartnership = defineUpdate<StageActionResult, [StageActionInput]>('endorse');
export const sendBackPartnership = defineUpdate<StageActionResult, [StageActionInput]>('sendBack');
export const overrideCapacityCheck = defineUpdate<StageActionResult, [OverrideInput]>('overrideCapacity');
export const recordCabinetDecision = defineUpdate<StageActionResult, [CabinetDecisionActionInput]>('recordCabinetDecision');
export const callInDecision = defineUpdate<StageActionResult, [CallInInput]>('callIn');
export const recordScrutinyOutcome = defineUpdate<StageActionResult, [ScrutinyOutcomeInput]>('recordScrutinyOutcome');
export const signPartnership = defineUpdate<StageActionResult, [SignInput]>('sign');
export const requestExit = defineUpdate<StageActionResult, [RequestExitInput]>('requestExit');
export const recordReview = defineUpdate<StageActionResult, [RecordReviewInput]>('recordReview');
/** HR approved or changed a secondment: an active partnership looks again for days on which secondments start or end. */
export const secondmentsChanged = defineSignal('secondmentsChanged');
export const currentStage = defineQuery<PartnershipStage>('currentStage');
export const workflowState = defineQuery<PartnershipWorkflowState>('state');
