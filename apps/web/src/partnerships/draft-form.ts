import type { PartnershipDetail } from './api-types.js';
import { FormReader } from './action-forms.js';
import { dateInputParts, text, type FormErrors, type FormFields } from './form-errors.js';
import { formatPounds, parsePounds } from './format.js';

/** The draft partnership form's fields by the API's names, for the API's 422 field errors. */
export const DRAFT_FORM_FIELDS: FormFields = {
  title: { name: 'title', message: 'Enter a title of 200 characters or fewer' },
  supportedCouncilCode: { name: 'supportedCouncilCode', message: 'Select a council other than your own' },
  leadCouncilCode: { name: 'supportedCouncilCode' },
  plannedStart: { name: 'plannedStart', href: '#plannedStart-day', message: 'Enter the planned start as a real date' },
  plannedEnd: { name: 'plannedEnd', href: '#plannedEnd-day', message: 'The planned end must be the same as or after the planned start' },
  kind: { name: 'kind', message: 'Select the kind of support' },
  scope: { name: 'scope', message: 'Scope must be 4,000 characters or fewer' },
  fundingKind: { name: 'fundingKind', message: 'Select how the support is paid for' },
  fundingAmountPence: { name: 'fundingAmount', message: 'Enter the funding in pounds, such as 450,000' },
  version: { name: 'title' },
};

export interface ReadDraftForm {
  request: Record<string, unknown>;
  errors: FormErrors;
  values: Record<string, unknown>;
}

/**
 * Reads the draft form. Creating, it needs the supported council; editing, the councils are
 * fixed and the version read is sent back, so a change made meanwhile is refused, not overwritten.
 */
export function readDraftForm(
  body: Record<string, unknown>,
  mode: { create: true; leadCouncilCode: string } | { create: false; version: number },
): ReadDraftForm {
  const form = new FormReader(body, DRAFT_FORM_FIELDS);
  form.required('title', 'Enter a title for the partnership');
  if (mode.create) {
    form.required('supportedCouncilCode', 'Select the council you will support');
    form.request.leadCouncilCode = mode.leadCouncilCode;
  } else {
    form.request.version = mode.version;
  }
  form.date('plannedStart', 'The planned start', true);
  form.date('plannedEnd', 'The planned end', true);
  if (
    typeof form.request.plannedStart === 'string' &&
    typeof form.request.plannedEnd === 'string' &&
    form.request.plannedEnd < form.request.plannedStart
  ) {
    form.error('plannedEnd', 'The planned end must be the same as or after the planned start');
  }
  form.choice('kind', ['improvement_adviser', 'improvement_partner', 'peer_support'], 'Select the kind of support');
  form.optional('scope');
  const fundingKind = text(body.fundingKind);
  form.values.fundingKind = fundingKind;
  if (fundingKind === 'grant' || fundingKind === 'recharge' || fundingKind === 'grant_and_recharge') form.request.fundingKind = fundingKind;
  const amount = text(body.fundingAmount);
  form.values.fundingAmount = amount;
  if (amount) {
    const pence = parsePounds(amount);
    if (pence === null) form.error('fundingAmount', 'Enter the funding in pounds, such as 450,000');
    else form.request.fundingAmountPence = pence;
  }
  return { request: form.request, errors: form.errors, values: form.values };
}

/** The form filled from a stored draft, for editing. */
export function draftFormValues(partnership: PartnershipDetail): Record<string, unknown> {
  return {
    title: partnership.title,
    supportedCouncilCode: partnership.supportedCouncilCode,
    plannedStart: dateInputParts(partnership.plannedStart),
    plannedEnd: dateInputParts(partnership.plannedEnd),
    kind: partnership.kind,
    scope: partnership.scope ?? '',
    fundingKind: partnership.fundingKind ?? '',
    fundingAmount: partnership.fundingAmountPence == null ? '' : formatPounds(partnership.fundingAmountPence).replace(/^£/, ''),
  };
}
