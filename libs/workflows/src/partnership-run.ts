import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import { dateOfInstant, type IsoDate, type PartnershipStage } from '../../domain/src/index.js';
import type {
  ActingPrincipal,
  PartnershipActivities,
  PartnershipWorkflowInput,
  PartnershipWorkflowState,
  StageActionInput,
  StageActionRefusalType,
  StageActionResult,
} from './partnership.contract.js';

// These activities are short database writes: a worker that dies mid-activity is noticed
// after this timeout and the activity runs again elsewhere (each one is idempotent).
export const activities = proxyActivities<PartnershipActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

export const SYSTEM: ActingPrincipal = { principalId: null, name: 'Accord workflow', role: null, councilCode: null };

/** The calendar day by the workflow's own clock, which replays identically. */
export function today(): IsoDate {
  return dateOfInstant(Date.now());
}

/** Fails an Update with a reason the API shows the caller; never reaches the history when thrown by a validator. */
export function refuse(type: StageActionRefusalType, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}

/** One running partnership as its parts (handlers, timers, active life) see it. */
export interface PartnershipRun {
  readonly input: PartnershipWorkflowInput;
  readonly state: PartnershipWorkflowState;
  /** Records the stage change (mirror and audit) after `work`, then moves; refused when the move is not allowed. */
  moveTo(to: PartnershipStage, action: StageActionInput, work?: () => Promise<void>): Promise<StageActionResult>;
  /** Runs `work` with other actions refused as "in progress", for handlers that write before answering. */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /** Refuses unless the partnership is in one of `stages` and no other action is under way. */
  requireStage(...stages: PartnershipStage[]): void;
  requireIdle(): void;
  /** Resolves once no action is changing the partnership. */
  whenIdle(): Promise<void>;
  /** How many stage changes so far: keys writes that must happen once per round (a sign-off, a review). */
  round(): number;
}
