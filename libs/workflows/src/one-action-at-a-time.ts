import { Mutex } from 'async-mutex';
import { ApplicationFailure, condition, patched, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { canMove, type PartnershipStage } from '#domain';
import {
  StageActionRefusal,
  type PartnershipWorkflowInput,
  type PartnershipWorkflowState,
  type StageActionInput,
} from './partnership.contract.js';
import { PARTNERSHIP_STAGE_ATTRIBUTE } from './partnership.search-attributes.js';
import { activities, finalActivityFailure, refuse, type PartnershipRun } from './partnership-run.js';

/**
 * Patch: every action, and every change the workflow makes by itself, holds one lock across its
 * awaits. Before it, a flag set around the stage-change write let actions that had passed their
 * checks run side by side while an activity was awaited (three Cabinet decisions, three records).
 */
export const ONE_ACTION_AT_A_TIME = 'one-action-at-a-time';

/**
 * Patch: while the capacity check runs, an action that needs its verdict (send back, override)
 * queues behind it instead of being refused. The check's row is in the database, and shown in the
 * partnership's detail, a moment before the workflow has the verdict; refusing in that moment
 * answered a person who had just read "the capacity check failed" with 409.
 */
export const ACTIONS_WAIT_FOR_CAPACITY_CHECK = 'actions-wait-for-capacity-check';

/** Temporal keeps at most 10 Updates of a workflow in flight; refuse politely well before that. */
const MOST_ACTIONS_WAITING = 6;

/**
 * The running partnership's machinery: actions queue for one lock (FIFO, so the order of arrival
 * is kept and replays identically) and each checks the stage again once it holds it.
 */
export function startPartnershipRun(input: PartnershipWorkflowInput, state: PartnershipWorkflowState): PartnershipRun {
  const lock = new Mutex();
  let oneAtATime = false;
  let waiting = 0;
  let stageChanges = 0;
  // The stage a move is being recorded into: its database row can be seen a moment before the
  // workflow itself gets there, so an action for that stage queues behind the move, not refused.
  let movingTo: PartnershipStage | undefined;
  // Histories from before the lock: a flag around the stage-change write refuses overlapping actions.
  let moving = false;
  let checkingCapacity = false;

  const inOrder = (): boolean => {
    if (!oneAtATime) oneAtATime = patched(ONE_ACTION_AT_A_TIME);
    return oneAtATime;
  };

  const requireIdle = (): void => {
    if (moving) refuse(StageActionRefusal.stageChangeInProgress, `partnership is already changing stage from ${state.stage}`);
    if (waiting >= MOST_ACTIONS_WAITING) {
      refuse(StageActionRefusal.stageChangeInProgress, `${waiting} actions on this partnership are already waiting; try again shortly`);
    }
  };

  const exclusively = async <T>(work: () => Promise<T>): Promise<T> => {
    if (oneAtATime) return work();
    moving = true;
    try {
      return await work();
    } finally {
      moving = false;
    }
  };

  const run: PartnershipRun = {
    input,
    state,
    requireIdle,
    exclusively,
    stageChanges: () => stageChanges,
    whenIdle: () => condition(() => !moving),
    checkingCapacity: () => checkingCapacity,

    async checkCapacity(check) {
      checkingCapacity = inOrder() && patched(ACTIONS_WAIT_FOR_CAPACITY_CHECK);
      try {
        return await check();
      } finally {
        checkingCapacity = false;
      }
    },

    onAction(update, check, act) {
      setHandler(
        update,
        (...args) => {
          if (!inOrder()) return act(...args);
          const arrivedIn = state.stage;
          waiting += 1;
          return lock.runExclusive(() => {
            waiting -= 1;
            checkAgain(() => check(...args), arrivedIn, state.stage);
            return act(...args);
          });
        },
        { validator: check },
      );
    },

    async alone(stillDue, work) {
      if (!inOrder()) {
        if (!stillDue()) return false;
        await work();
        return true;
      }
      return lock.runExclusive(async () => {
        if (!stillDue()) return false;
        await work();
        return true;
      });
    },

    requireStage(...stages) {
      requireIdle();
      const arrivingThere = oneAtATime && movingTo !== undefined && stages.includes(movingTo);
      if (!stages.includes(state.stage) && !arrivingThere) {
        refuse(
          StageActionRefusal.notAllowedInStage,
          `not allowed while the partnership is in ${state.stage} (only in ${stages.join(' or ')})`,
        );
      }
    },

    async moveTo(to, action: StageActionInput, work) {
      if (!canMove(state.stage, to)) refuse(StageActionRefusal.notAllowedInStage, `cannot move from ${state.stage} to ${to}`);
      return exclusively(async () => {
        await work?.();
        const { workflowId, runId } = workflowInfo();
        stageChanges += 1;
        const change = { partnershipId: input.partnershipId, workflowId, runId, sequence: stageChanges, from: state.stage, to };
        movingTo = to;
        await activities
          .recordStageChange({ ...change, comment: action.comment, actor: action.actor })
          .catch((failure: unknown) => {
            const final = finalActivityFailure(failure);
            if (final) refuse(StageActionRefusal.recordOutOfStep, final.message);
            throw failure;
          })
          .finally(() => {
            movingTo = undefined;
          });
        state.stage = to;
        // Added after the first histories were recorded: those replay without the upsert.
        if (patched('partnership-stage-search-attribute')) upsertSearchAttributes([{ key: PARTNERSHIP_STAGE_ATTRIBUTE, value: to }]);
        return { stage: to };
      });
    },
  };
  return run;
}

/** The arrival check once more; a refusal says when another action changed the stage meanwhile. */
function checkAgain(check: () => void, arrivedIn: string, now: string): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof ApplicationFailure) || arrivedIn === now) throw error;
    refuseAfterWaiting(error, arrivedIn, now);
  }
}

function refuseAfterWaiting(refusal: ApplicationFailure, arrivedIn: string, now: string): never {
  throw ApplicationFailure.create({
    type: refusal.type ?? undefined,
    message: `${refusal.message} (another action moved the partnership from ${arrivedIn} to ${now} first)`,
    nonRetryable: true,
  });
}
