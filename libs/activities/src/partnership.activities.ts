import type { PartnershipActivities } from '#workflows';
import { withFinalFailures } from './final-failure.js';
import type { ActiveLifeActivities } from './active-life.activities.js';
import type { PartnershipMirrorService } from './partnership-mirror.service.js';
import type { ApprovalActivities } from './approval.activities.js';
import type { SecondmentActivities } from './secondment.activities.js';
import type { SignOffActivities } from './sign-off.activities.js';

export interface PartnershipActivityServices {
  mirror: PartnershipMirrorService;
  approval: ApprovalActivities;
  signOff: SignOffActivities;
  secondments: SecondmentActivities;
  activeLife: ActiveLifeActivities;
}

/** Binds the activity functions the worker registers to their injected services. */
export function createPartnershipActivities(services: PartnershipActivityServices): PartnershipActivities {
  const { mirror, approval, signOff, secondments, activeLife } = services;
  return withFinalFailures<PartnershipActivities>({
    recordStageChange: (change) => mirror.recordStageChange(change),
    checkPartnershipCapacity: (partnershipId) => approval.checkCapacity(partnershipId),
    recordCabinetDecision: (input) => approval.recordCabinetDecision(input),
    changeDecisionStatus: (input) => approval.changeDecisionStatus(input),
    signOffTiming: (partnershipId, openedAtMs) => signOff.signOffTiming(partnershipId, openedAtMs),
    recordSignOffChase: (input) => signOff.recordSignOffChase(input),
    recordSignature: (input) => signOff.recordSignature(input),
    endPartnershipSecondments: (input) => secondments.endAll(input),
    keepSecondmentsInStep: (input) => secondments.keepInStep(input),
    planActiveLife: (input) => activeLife.plan(input),
    recordDueDate: (input) => activeLife.recordDueDate(input),
    recordReview: (input) => activeLife.recordReview(input),
    recordReinspection: (input) => activeLife.recordReinspection(input),
  });
}
