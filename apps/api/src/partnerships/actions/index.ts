import { CabinetDecisionAction } from './cabinet-decision.action.js';
import { CallInAction } from './call-in.action.js';
import { CapacityOverrideAction } from './capacity-override.action.js';
import { EndorseAction } from './endorse.action.js';
import { ExitRequestAction } from './exit-request.action.js';
import { ReviewAction } from './review.action.js';
import { ScrutinyOutcomeAction } from './scrutiny-outcome.action.js';
import { SendBackAction } from './send-back.action.js';
import { SignAction } from './sign.action.js';
import { SubmitAction } from './submit.action.js';
import { WithdrawAction } from './withdraw.action.js';

/**
 * Every action a person can take on a partnership, each in its own file (as the workflow's own
 * handlers are, in libs/workflows/src/actions), in the order of the partnership's life.
 */
export const PARTNERSHIP_ACTIONS = [
  SubmitAction,
  WithdrawAction,
  EndorseAction,
  SendBackAction,
  CapacityOverrideAction,
  CabinetDecisionAction,
  CallInAction,
  ScrutinyOutcomeAction,
  SignAction,
  ExitRequestAction,
  ReviewAction,
];

export { PartnershipActionsService } from './partnership-actions.service.js';
export { recordReviewThroughWorkflow } from './review.action.js';
