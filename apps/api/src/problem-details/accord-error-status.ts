import { HttpStatus } from '@nestjs/common';
import type { AccordErrorCode } from '#domain';

/** HTTP status and title of each domain error code; a Record, so a new code fails to compile until it is here. */
const ACCORD_ERROR_STATUS: Readonly<Record<AccordErrorCode, { status: HttpStatus; title: string }>> = {
  partnership_not_found: { status: HttpStatus.NOT_FOUND, title: 'Partnership not found' },
  stage_action_not_allowed: { status: HttpStatus.CONFLICT, title: 'Action not allowed in the current stage' },
  stage_change_in_progress: { status: HttpStatus.CONFLICT, title: 'Another action is changing this partnership' },
  workflow_unavailable: { status: HttpStatus.SERVICE_UNAVAILABLE, title: 'Workflow service unavailable' },
  identity_provider_unavailable: { status: HttpStatus.SERVICE_UNAVAILABLE, title: 'The identity provider cannot be reached' },
  principal_not_found: { status: HttpStatus.NOT_FOUND, title: 'Principal not found' },
  email_taken: { status: HttpStatus.CONFLICT, title: 'Another principal was invited by this email' },
  api_key_not_found: { status: HttpStatus.NOT_FOUND, title: 'API key not found' },
  forbidden_for_council: { status: HttpStatus.FORBIDDEN, title: 'Not allowed for this council' },
  idempotency_key_reused: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Idempotency key reused with a different request' },
  idempotency_request_in_progress: { status: HttpStatus.CONFLICT, title: 'A request with this idempotency key is still in progress' },
  council_not_found: { status: HttpStatus.NOT_FOUND, title: 'Council not found' },
  council_already_exists: { status: HttpStatus.CONFLICT, title: 'A council with this GSS code already exists' },
  council_abolished: { status: HttpStatus.CONFLICT, title: 'The council has been abolished' },
  team_not_found: { status: HttpStatus.NOT_FOUND, title: 'Team not found' },
  staff_member_not_found: { status: HttpStatus.NOT_FOUND, title: 'Staff member not found' },
  stale_version: { status: HttpStatus.CONFLICT, title: 'The record changed since you read it' },
  still_referenced: { status: HttpStatus.CONFLICT, title: 'Other records still refer to this one' },
  name_taken: { status: HttpStatus.CONFLICT, title: 'The name is already used' },
  unknown_reference: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The request refers to a record that does not exist' },
  decision_record_not_found: { status: HttpStatus.NOT_FOUND, title: 'Decision record not found' },
  forward_plan_notice_too_short: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'A key decision needs 28 clear days on the forward plan, or an urgency route',
  },
  intervention_not_found: { status: HttpStatus.NOT_FOUND, title: 'Intervention not found' },
  risk_not_found: { status: HttpStatus.NOT_FOUND, title: 'Risk not found' },
  audit_event_not_found: { status: HttpStatus.NOT_FOUND, title: 'Audit event not found' },
  secondment_not_found: { status: HttpStatus.NOT_FOUND, title: 'Secondment not found' },
  secondment_exceeds_contract: { status: HttpStatus.CONFLICT, title: 'The secondment would take the person past their contracted FTE' },
  secondment_status_conflict: { status: HttpStatus.CONFLICT, title: 'The secondment is not in a status that allows this' },
  secondment_outside_employment: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The secondment runs outside the person’s employment' },
  partnership_closed: { status: HttpStatus.CONFLICT, title: 'The partnership has ended' },
  range_too_long: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The date range is too long' },
  decision_refused: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The decision cannot be recorded' },
  invalid_action_request: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The action cannot be taken as asked' },
  holiday_calendar_not_covered: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Working days cannot yet be counted for that year' },
  // Not the caller's fault: the database disagrees with the workflow, nothing moved, and an operator must look.
  partnership_record_out_of_step: {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    title: 'The partnership’s record disagrees with its workflow',
  },
  webhook_subscription_not_found: { status: HttpStatus.NOT_FOUND, title: 'Webhook subscription not found' },
  webhook_destination_refused: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'The webhook URL leads to a private, loopback or reserved address',
  },
  event_not_found: { status: HttpStatus.NOT_FOUND, title: 'No such event for this subscription' },
  invalid_period: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The period ends before it starts' },
};

export function describeAccordError(code: AccordErrorCode): { status: HttpStatus; title: string } {
  return ACCORD_ERROR_STATUS[code];
}
