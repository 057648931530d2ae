import { setHandler } from '@temporalio/workflow';
import { secondmentsChanged } from '../partnership.contract.js';
import type { PartnershipRun } from '../partnership-run.js';
import { acceptCabinetDecision } from './cabinet-decision.action.js';
import { acceptCallIn } from './call-in.actions.js';
import { acceptCapacityOverride } from './capacity-override.action.js';
import { acceptExitRequests } from './exit-request.action.js';
import { acceptSubmissionAndReview, acceptWithdrawal } from './officer-review.actions.js';
import { acceptReviews } from './review.action.js';
import { acceptSignatures } from './sign.action.js';

/**
 * Every action a person can take on a partnership, each in its own file, and HR's nudge when
 * secondments change. Which stage allows which action is each action's own check.
 */
export function acceptPartnershipActions(run: PartnershipRun, onSecondmentsChanged: () => void): void {
  acceptSubmissionAndReview(run);
  acceptWithdrawal(run);
  acceptCapacityOverride(run);
  acceptCabinetDecision(run);
  acceptCallIn(run);
  acceptSignatures(run);
  acceptReviews(run);
  acceptExitRequests(run);
  setHandler(secondmentsChanged, onSecondmentsChanged);
}
