import { HttpStatus } from '@nestjs/common';
import type { AccordErrorCode } from '#domain';

/** HTTP status and title for each domain error code; exhaustive so new codes must be mapped. */
export function describeAccordError(code: AccordErrorCode): { status: HttpStatus; title: string } {
  switch (code) {
    case 'partnership_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Partnership not found' };
    case 'stage_action_not_allowed':
      return { status: HttpStatus.CONFLICT, title: 'Action not allowed in the current stage' };
    case 'stage_change_in_progress':
      return { status: HttpStatus.CONFLICT, title: 'Another action is changing this partnership' };
    case 'workflow_unavailable':
      return { status: HttpStatus.SERVICE_UNAVAILABLE, title: 'Workflow service unavailable' };
    case 'principal_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Principal not found' };
    case 'api_key_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'API key not found' };
    case 'forbidden_for_council':
      return { status: HttpStatus.FORBIDDEN, title: 'Not allowed for this council' };
    case 'idempotency_key_reused':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Idempotency key reused with a different request' };
    case 'idempotency_request_in_progress':
      return { status: HttpStatus.CONFLICT, title: 'A request with this idempotency key is still in progress' };
    case 'council_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Council not found' };
    case 'council_already_exists':
      return { status: HttpStatus.CONFLICT, title: 'A council with this GSS code already exists' };
    case 'council_abolished':
      return { status: HttpStatus.CONFLICT, title: 'The council has been abolished' };
    case 'team_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Team not found' };
    case 'staff_member_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Staff member not found' };
    case 'stale_version':
      return { status: HttpStatus.CONFLICT, title: 'The record changed since you read it' };
    case 'still_referenced':
      return { status: HttpStatus.CONFLICT, title: 'Other records still refer to this one' };
    case 'name_taken':
      return { status: HttpStatus.CONFLICT, title: 'The name is already used' };
    case 'unknown_reference':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The request refers to a record that does not exist' };
    case 'decision_record_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Decision record not found' };
    case 'forward_plan_notice_too_short':
      return {
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        title: 'A key decision needs 28 clear days on the forward plan, or an urgency route',
      };
    case 'intervention_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Intervention not found' };
    case 'risk_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Risk not found' };
    case 'secondment_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Secondment not found' };
    case 'secondment_exceeds_contract':
      return { status: HttpStatus.CONFLICT, title: 'The secondment would take the person past their contracted FTE' };
    case 'secondment_status_conflict':
      return { status: HttpStatus.CONFLICT, title: 'The secondment is not in a status that allows this' };
    case 'secondment_outside_employment':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The secondment runs outside the person’s employment' };
    case 'partnership_closed':
      return { status: HttpStatus.CONFLICT, title: 'The partnership has ended' };
    case 'range_too_long':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The date range is too long' };
    case 'decision_refused':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The decision cannot be recorded' };
    case 'invalid_action_request':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The action cannot be taken as asked' };
    case 'holiday_calendar_not_covered':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Working days cannot yet be counted for that year' };
    case 'partnership_record_out_of_step':
      // Not the caller's fault: the database disagrees with the workflow, nothing moved, and an operator must look.
      return { status: HttpStatus.INTERNAL_SERVER_ERROR, title: 'The partnership’s record disagrees with its workflow' };
    case 'invalid_period':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The period ends before it starts' };
  }
}
