import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { PartnershipStage } from '../../domain/src/index.js';

/** One workflow per partnership: the id is derived, so starting it twice is harmless. */
export function partnershipWorkflowId(partnershipId: string): string {
  return `partnership-${partnershipId}`;
}

export interface PartnershipWorkflowInput {
  partnershipId: string;
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

/** Activities the partnership workflow calls; implemented in libs/activities. */
export interface PartnershipActivities {
  recordStageChange(change: StageChange): Promise<void>;
}

/** Failure types an Update can be refused with; the API maps each to problem details. */
export const StageActionRefusal = {
  notAllowedInStage: 'StageActionNotAllowed',
  stageChangeInProgress: 'StageChangeInProgress',
} as const;

export const submitPartnership = defineUpdate<StageActionResult, [StageActionInput]>('submit');
export const withdrawPartnership = defineUpdate<StageActionResult, [StageActionInput]>('withdraw');
export const currentStage = defineQuery<PartnershipStage>('currentStage');
