/**
 * Stable codes for refusals the domain and services raise. Transports map each code
 * (HTTP status, Temporal failure type) with an exhaustive switch, so a new code fails to
 * compile until every transport knows it.
 */
export const ACCORD_ERROR_CODES = [
  'partnership_not_found',
  'stage_action_not_allowed',
  'stage_change_in_progress',
  'workflow_unavailable',
  'identity_provider_unavailable',
  'principal_not_found',
  'email_taken',
  'api_key_not_found',
  'forbidden_for_council',
  'idempotency_key_reused',
  'idempotency_request_in_progress',
  'council_not_found',
  'council_already_exists',
  'council_abolished',
  'team_not_found',
  'staff_member_not_found',
  'stale_version',
  'still_referenced',
  'name_taken',
  'invalid_period',
  'unknown_reference',
  'decision_record_not_found',
  'forward_plan_notice_too_short',
  'intervention_not_found',
  'risk_not_found',
  'audit_event_not_found',
  'secondment_not_found',
  'secondment_exceeds_contract',
  'secondment_status_conflict',
  'secondment_outside_employment',
  'partnership_closed',
  'range_too_long',
  'decision_refused',
  'invalid_action_request',
  'holiday_calendar_not_covered',
  'partnership_record_out_of_step',
  'webhook_subscription_not_found',
  'webhook_destination_refused',
  'event_not_found',
] as const;

export type AccordErrorCode = (typeof ACCORD_ERROR_CODES)[number];

/**
 * The first day a secondment would take a person past their contract: what the refusal
 * `secondment_exceeds_contract` carries for a page or an integration to word for itself.
 */
export interface ContractClash {
  /** The first day of the highest load. */
  on: string;
  /** FTE the person would be seconded that day, to a thousandth. */
  secondedFte: number;
  contractedFte: number;
}

export class AccordError extends Error {
  constructor(
    readonly code: AccordErrorCode,
    message: string,
    /** secondment_exceeds_contract only. */
    readonly clash?: ContractClash,
  ) {
    super(message);
    this.name = 'AccordError';
  }
}

/** The refusal of a booking that would take the person past their contract on `clash.on`. */
export function contractClash(clash: ContractClash): AccordError {
  return new AccordError(
    'secondment_exceeds_contract',
    `on ${clash.on} this person would be seconded ${clash.secondedFte} FTE against a contract of ${clash.contractedFte} FTE`,
    clash,
  );
}

/** The refusal for an update carrying a version other than the record's current one. */
export function staleVersion(current: number, offered: number): AccordError {
  return new AccordError('stale_version', `you sent version ${offered} but the record is at version ${current}; read it again`);
}
