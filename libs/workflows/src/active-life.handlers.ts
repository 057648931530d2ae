import { setHandler, workflowInfo } from '@temporalio/workflow';
import { exitRequestProblem, isIsoDate, nextReviewDue } from '#domain';
import {
  recordReview,
  requestExit,
  secondmentsChanged,
  StageActionRefusal,
  type PartnershipReviewInput,
  type RecordReviewInput,
} from './partnership.contract.js';
import { activities, refuse, today, type PartnershipRun } from './partnership-run.js';

/** Reviews of an active partnership, the requests that end it, and HR's nudge when secondments change. */
export function registerActiveLifeHandlers(run: PartnershipRun, onSecondmentsChanged: () => void): void {
  const { state, input } = run;
  let reviews = 0;

  run.onAction(
    recordReview,
    (action) => {
      run.requireStage('active', 'under_review');
      const problem = reviewProblem(action.review);
      if (problem) refuse(StageActionRefusal.invalidRequest, problem);
      // The same review sent twice (a double click, a retry with a new key) is recorded once.
      if (state.reviewsRecorded?.includes(reviewOf(action.review))) {
        refuse(StageActionRefusal.alreadyRecorded, `a ${action.review.kind} review dated ${action.review.reviewDate} is already recorded`);
      }
    },
    (action: RecordReviewInput) => {
      reviews += 1;
      const nextReviewOn = nextReviewDue(today(), action.review.nextReviewDate);
      const save = async () => {
        await activities.recordReview({
          partnershipId: input.partnershipId,
          review: action.review,
          nextReviewOn,
          actor: action.actor,
          originKey: `${workflowInfo().workflowId}:review:${reviews}`,
        });
        if (state.activeLife) state.activeLife = { ...state.activeLife, nextReviewOn };
        state.reviewsRecorded = [...(state.reviewsRecorded ?? []), reviewOf(action.review)];
      };
      if (state.stage === 'under_review') {
        return run.moveTo('active', { ...action, comment: action.comment ?? `${action.review.ragRating} review recorded` }, save);
      }
      return run.exclusively(async () => {
        await save();
        return { stage: state.stage };
      });
    },
  );

  run.onAction(
    requestExit,
    (action) => {
      run.requireStage('active', 'under_review');
      // Histories from before triggers carry only a reason: notice with no hand-back.
      const problem = exitRequestProblem({ ...action, trigger: action.trigger ?? 'notice' }, today());
      if (problem) refuse(StageActionRefusal.invalidRequest, problem);
    },
    (action) => {
      state.exit = {
        trigger: action.trigger ?? 'notice',
        reason: action.reason,
        handBackUntil: action.handBackUntil,
        reinspection: action.reinspection,
      };
      return run.moveTo('exiting', action);
    },
  );

  setHandler(secondmentsChanged, onSecondmentsChanged);
}

/** A partnership has at most one review of each kind on a day. */
function reviewOf(review: PartnershipReviewInput): string {
  return `${review.kind}:${review.reviewDate}`;
}

function reviewProblem(review: PartnershipReviewInput | undefined): string | null {
  if (!review) return 'a review needs its date, RAG rating and findings';
  if (!isIsoDate(review.reviewDate)) return `the review date is not a calendar date: ${review.reviewDate}`;
  if (review.reviewDate > today()) return 'a review is recorded once it has happened, not before';
  if (!['red', 'amber', 'green'].includes(review.ragRating)) return `a RAG rating is red, amber or green, not ${review.ragRating}`;
  if (!review.findings?.trim()) return 'a review needs its findings';
  if (review.nextReviewDate !== undefined) {
    if (!isIsoDate(review.nextReviewDate)) return `the next review date is not a calendar date: ${review.nextReviewDate}`;
    if (review.nextReviewDate <= today()) return 'the next review must fall after today';
  }
  return null;
}
