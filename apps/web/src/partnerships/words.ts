import type { PartnershipDetail, PartnershipStage } from './api-types.js';

/** The API's enum values in the words people use on the pages. */

export const STAGE_NAMES: Readonly<Record<PartnershipStage, string>> = {
  draft: 'Draft',
  officer_review: 'Officer review',
  capacity_check: 'Capacity check',
  cabinet_decision: 'Cabinet decision',
  call_in_window: 'Call-in period',
  sign_off: 'Sign-off',
  active: 'Active',
  under_review: 'Under review',
  exiting: 'Exiting',
  completed: 'Completed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Where the partnership stands now, to finish "It is now …" after a refusal. */
export const STAGE_NOW: Readonly<Record<PartnershipStage, string>> = {
  draft: 'a draft',
  officer_review: 'with the director for review',
  capacity_check: 'at the capacity check',
  cabinet_decision: 'waiting for the Cabinet decision',
  call_in_window: 'in its call-in period',
  sign_off: 'waiting for signatures',
  active: 'active',
  under_review: 'under review',
  exiting: 'exiting',
  completed: 'completed',
  rejected: 'rejected by Cabinet',
  withdrawn: 'withdrawn',
};

/** GOV.UK tag colours: ends grey or red, under way blue, live green, needing attention yellow. */
export const STAGE_TAG_CLASSES: Readonly<Record<PartnershipStage, string>> = {
  draft: 'govuk-tag--grey',
  officer_review: 'govuk-tag--blue',
  capacity_check: 'govuk-tag--blue',
  cabinet_decision: 'govuk-tag--blue',
  call_in_window: 'govuk-tag--blue',
  sign_off: 'govuk-tag--yellow',
  active: 'govuk-tag--green',
  under_review: 'govuk-tag--yellow',
  exiting: 'govuk-tag--orange',
  completed: 'govuk-tag--grey',
  rejected: 'govuk-tag--red',
  withdrawn: 'govuk-tag--grey',
};

export const KIND_NAMES: Readonly<Record<PartnershipDetail['kind'], string>> = {
  improvement_adviser: 'Improvement adviser',
  improvement_partner: 'Improvement partner',
  peer_support: 'Peer support',
};

export const FUNDING_KIND_NAMES: Readonly<Record<NonNullable<PartnershipDetail['fundingKind']>, string>> = {
  grant: 'Grant',
  recharge: 'Recharge between the councils',
  grant_and_recharge: 'Grant and recharge',
};

export const SERVICE_AREA_NAMES: Readonly<Record<PartnershipDetail['serviceArea'], string>> = {
  children_services: 'Children’s services',
};

const ROLE_NAMES: Readonly<Record<string, string>> = {
  chief_executive: 'chief executive',
  director: 'director of children’s services',
  hr: 'HR',
  democratic_services: 'democratic services',
  scrutiny: 'the scrutiny committee',
  commissioner: 'the DfE commissioner',
  integrator: 'an integration',
  admin: 'an administrator',
};

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role.replace(/_/g, ' ');
}

/** "chief executive or director of children’s services" */
export function rolesInWords(roles: readonly string[]): string {
  return orList(roles.map(roleName));
}

export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
