import type { components } from '#api-client';

type Stage = components['schemas']['PartnershipResponse']['stage'];

/** A stage in the words a page shows it. */
const STAGE_NAMES: Record<Stage, string> = {
  draft: 'Draft',
  officer_review: 'Officer review',
  capacity_check: 'Capacity check',
  cabinet_decision: 'Cabinet decision',
  call_in_window: 'Call-in window',
  sign_off: 'Sign-off',
  active: 'Active',
  under_review: 'Under review',
  exiting: 'Exiting',
  completed: 'Completed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export function stageName(stage: Stage): string {
  return STAGE_NAMES[stage];
}
