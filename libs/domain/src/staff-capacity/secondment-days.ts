export const SECONDMENT_STATUSES = ['proposed', 'approved', 'active', 'ended', 'cancelled'] as const;
export type SecondmentStatus = (typeof SECONDMENT_STATUSES)[number];

/**
 * Secondments whose days count against a team's capacity: an approved or active one on its
 * planned days, an ended one on the days it actually ran (its end is then the day it ended), so
 * ending a secondment never rewrites the days before. A cancelled one never counts; a proposal
 * counts only where a what-if or its own partnership's check adds it.
 */
export const COUNTED_SECONDMENT_STATUSES: readonly SecondmentStatus[] = ['approved', 'active', 'ended'];

/** Secondments that hold a person's contracted time when another is booked beside them: proposals too. */
export const HOLDING_SECONDMENT_STATUSES: readonly SecondmentStatus[] = ['proposed', ...COUNTED_SECONDMENT_STATUSES];
