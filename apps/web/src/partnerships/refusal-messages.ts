import type { PartnershipStage, ProblemDetails } from './api-types.js';
import { STAGE_NOW } from './words.js';

/** What the page knows when the API refuses: what the person tried, and where the partnership is now. */
export interface RefusalContext {
  /** Finishes "This partnership is no longer waiting for …" (e.g. "a signature from Hampshire County Council"). */
  waitingFor?: string;
  /** What the person tried, finishing "You cannot …" (e.g. "endorse this partnership"). */
  attempted?: string;
  /** The partnership's stage, read again after the refusal. */
  stageNow?: PartnershipStage;
}

type Message = (problem: ProblemDetails, context: RefusalContext) => string;

const TRY_AGAIN_SOON = 'Try again in a few minutes.';

/**
 * A refusal in plain words, for the GOV.UK error summary: never the code, and the API's `detail`
 * only where it is written for people (the workflow's reasons for refusing a request as asked).
 */
const MESSAGES: Readonly<Record<string, Message>> = {
  // The partnership's workflow
  stage_action_not_allowed: (_, { waitingFor, stageNow }) =>
    `This partnership is no longer waiting for ${waitingFor ?? 'that'}.${stageNow ? ` It is now ${STAGE_NOW[stageNow]}.` : ''}`,
  stage_change_in_progress: () => 'Someone else is acting on this partnership at this moment. Wait a moment, then try again.',
  partnership_closed: () => 'This partnership has ended, so nothing more can be done with it.',
  invalid_action_request: (problem) => sentence(problem.detail, 'This cannot be done as asked. Check your answers.'),
  decision_refused: (problem) => `The decision cannot be recorded as given: ${problem.detail ?? 'check your answers'}.`,
  forward_plan_notice_too_short: () =>
    'A key decision needs 28 clear days on the forward plan. Give the day it was first published on the forward plan, or choose an urgency route.',
  holiday_calendar_not_covered: () =>
    'Working days cannot be counted for that year yet because its bank holidays are not known. Choose an earlier date.',
  partnership_record_out_of_step: () => 'Something went wrong while recording this. Nothing has changed. Contact the Accord team.',
  workflow_unavailable: () => `Accord cannot take actions on partnerships just now. ${TRY_AGAIN_SOON}`,
  // Who may do what
  forbidden_for_council: (_, { attempted }) => `Your council cannot ${attempted ?? 'do this'}.`,
  forbidden: (_, { attempted }) => `Your role does not allow you to ${attempted ?? 'do this'}.`,
  unauthenticated: () => 'Your sign-in has ended. Sign in again.',
  identity_provider_unavailable: () => `Accord cannot check your sign-in just now. ${TRY_AGAIN_SOON}`,
  // Records that are not there
  partnership_not_found: () => 'This partnership does not exist, or your council cannot see it.',
  decision_record_not_found: () => 'This decision record does not exist.',
  intervention_not_found: () => 'This intervention does not exist.',
  risk_not_found: () => 'This risk does not exist.',
  council_not_found: () => 'There is no council with that code.',
  council_abolished: () => 'That council has been abolished. Choose the council that succeeded it.',
  unknown_reference: (problem) => sentence(problem.detail, 'One of the records you named does not exist.'),
  principal_not_found: () => 'This person is not known to Accord.',
  api_key_not_found: () => 'This API key does not exist.',
  team_not_found: () => 'This team does not exist.',
  staff_member_not_found: () => 'This member of staff does not exist.',
  secondment_not_found: () => 'This secondment does not exist.',
  audit_event_not_found: () => 'This entry of the audit trail does not exist.',
  webhook_subscription_not_found: () => 'This webhook subscription does not exist.',
  event_not_found: () => 'This event does not exist.',
  not_found: () => 'This page does not exist.',
  // Changes that clash
  stale_version: () => 'Someone else changed this while you were editing it. Check the latest version, then make your changes again.',
  idempotency_key_reused: () => 'This form was already sent with different answers. Go back and start again.',
  idempotency_request_in_progress: () => 'This is already being done. Wait a moment, then refresh the page.',
  invalid_period: () => 'The end date must be the same as or after the start date.',
  range_too_long: () => 'The dates are too far apart. Choose a shorter period.',
  email_taken: () => 'Someone has already been invited with that email address.',
  council_already_exists: () => 'A council with that code already exists.',
  name_taken: () => 'That name is already used. Choose another.',
  still_referenced: () => 'This cannot be deleted because other records still refer to it.',
  conflict: () => 'This would duplicate a record that already exists.',
  secondment_exceeds_contract: (problem) => sentence(problem.detail, 'This secondment would take the person past their contracted hours.'),
  secondment_status_conflict: () => 'The secondment’s status does not allow this.',
  secondment_outside_employment: () => 'The secondment runs outside the person’s employment.',
  webhook_destination_refused: () => 'That address cannot receive webhooks: use a public address.',
  // The request itself
  validation_failed: () => 'There is a problem with your answers. Check them and try again.',
  bad_request: () => 'The form could not be read. Go back and try again.',
  payload_too_large: () => 'Your answers are too long. Shorten them and try again.',
  unsupported_media_type: () => 'The form could not be read. Go back and try again.',
  invalid_value: () => 'One of your answers is out of range. Check your answers.',
  rule_broken: () => 'One of your answers is missing or not allowed. Check your answers.',
  // Accord itself
  too_many_requests: () => 'You have made too many requests. Wait a minute, then try again.',
  database_unavailable: () => `Accord cannot reach its records just now. ${TRY_AGAIN_SOON}`,
  not_ready: () => `Accord is starting up. ${TRY_AGAIN_SOON}`,
  internal_error: () => 'Sorry, there is a problem with Accord. Nothing has changed. Try again later.',
};

export function refusalMessage(problem: ProblemDetails, context: RefusalContext = {}): string {
  return (MESSAGES[problem.code] ?? MESSAGES.internal_error)(problem, context);
}

/** The codes with a message of their own, so a test can hold them to the API's list. */
export const CODES_WITH_MESSAGES: readonly string[] = Object.keys(MESSAGES);

function sentence(detail: string | undefined, fallback: string): string {
  if (!detail) return fallback;
  const text = detail.charAt(0).toUpperCase() + detail.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
