import { workflowInfo } from '@temporalio/workflow';
import { isIsoDate, nextReviewDue } from '#domain';
import { recordReview, StageActionRefusal, type PartnershipReviewInput, type RecordReviewInput } from '../partnership.contract.js';
import { activities, refuse, today, type PartnershipRun } from '../partnership-run.js';

/**
 * A periodic or commissioner review of an active partnership; a review that was due (under
 * review) makes it active again, and sets when the next one falls due.
 */
export function acceptReviews(run: PartnershipRun): void {
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
