import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { dateOfInstant, type IsoDate, type PartnershipStage } from '#domain';
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
// after this timeout and the activity runs again elsewhere (each one is idempotent). Errors
// that no retry can cure come back non-retryable (see libs/activities), so retries are for
// outages only and may go on until the database is back.
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

/**
 * The failure type an activity gave up with, when it was final: the activities report errors
 * no retry can cure (a refused decision, a mirror out of step) as non-retryable failures.
 */
export function finalActivityFailure(failure: unknown): ApplicationFailure | undefined {
  if (failure instanceof ActivityFailure && failure.cause instanceof ApplicationFailure) return failure.cause;
  return undefined;
}

/** One running partnership as its parts (action handlers, timers, active life) see it. */
export interface PartnershipRun {
  readonly input: PartnershipWorkflowInput;
  readonly state: PartnershipWorkflowState;
  /**
   * Registers a person's action. `check` runs when the action arrives (a refusal never reaches
   * the history) and again once the action has the partnership to itself, because another
   * action may have changed the stage while it waited.
   */
  onAction<Args extends [StageActionInput]>(
    update: UpdateDefinition<StageActionResult, Args>,
    check: (...args: Args) => void,
    act: (...args: Args) => Promise<StageActionResult>,
  ): void;
  /**
   * Runs the workflow's own change (a timer's stage move, a step of the active life) with the
   * partnership to itself; `stillDue` is asked again once it has it, and the work skipped when false.
   */
  alone(stillDue: () => boolean, work: () => Promise<unknown>): Promise<boolean>;
  /** Records the stage change (mirror and audit) after `work`, then moves; refused when the move is not allowed. */
  moveTo(to: PartnershipStage, action: StageActionInput, work?: () => Promise<void>): Promise<StageActionResult>;
  /** Runs `work` with other actions refused as "in progress" (histories from before one action at a time). */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /** Refuses unless the partnership is in one of `stages` and no other action is under way. */
  requireStage(...stages: PartnershipStage[]): void;
  requireIdle(): void;
  /** Resolves once no action is changing the partnership (histories from before one action at a time). */
  whenIdle(): Promise<void>;
  /**
   * Runs the capacity check's activity; meanwhile `checkingCapacity()` is true, so an action
   * that needs the verdict passes its arrival check and waits for the lock, where it is checked
   * again with the verdict in hand.
   */
  checkCapacity<T>(check: () => Promise<T>): Promise<T>;
  checkingCapacity(): boolean;
  /** How many stage changes so far: keys writes that must happen once per stage visit (a signature, a chase). */
  stageChanges(): number;
}
