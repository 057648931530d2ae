import type { PartnershipActivities } from '#workflows';

const YEARS_AHEAD = 3;

/**
 * The skeleton worker's activities: every name the real worker registers (the interface makes
 * a missing one fail to compile), each answering the smallest value the workflow can go on with.
 */
export function emptyPartnershipActivities(): PartnershipActivities {
  const yearsAhead = (years: number) => `${new Date().getUTCFullYear() + years}-01-01`;
  return {
    recordStageChange: async () => undefined,
    checkPartnershipCapacity: async () => ({ outcome: 'pass', summary: '' }),
    recordCabinetDecision: async ({ decision }) => ({
      decisionRecordId: 'skeleton',
      status: decision.status,
      subjectToCallIn: false,
      callInClosesAtMs: null,
    }),
    endPartnershipSecondments: async () => 0,
    signOffTiming: async () => ({ remindAfterMs: 86_400_000, escalateAfterMs: 172_800_000 }),
    recordSignOffChase: async () => undefined,
    recordSignature: async () => undefined,
    changeDecisionStatus: async () => undefined,
    planActiveLife: async () => ({ endsOn: yearsAhead(YEARS_AHEAD), firstReviewOn: yearsAhead(1), clocks: [] }),
    keepSecondmentsInStep: async () => ({ nextChangeOn: null }),
    recordDueDate: async () => undefined,
    recordReview: async () => ({ reviewId: 'skeleton' }),
    recordReinspection: async () => undefined,
  };
}
