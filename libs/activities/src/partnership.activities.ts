import type { PartnershipActivities } from '#workflows';
import { withFinalFailures } from './final-failure.js';
import type { ActiveLifeStepsService } from './active-life-steps.service.js';
import type { PartnershipMirrorService } from './partnership-mirror.service.js';
import type { PartnershipStepsService } from './partnership-steps.service.js';
import type { SecondmentStepsService } from './secondment-steps.service.js';
import type { SignOffStepsService } from './sign-off-steps.service.js';

export interface PartnershipActivityServices {
  mirror: PartnershipMirrorService;
  steps: PartnershipStepsService;
  signOff: SignOffStepsService;
  secondments: SecondmentStepsService;
  activeLife: ActiveLifeStepsService;
}

/** Binds the activity functions the worker registers to their injected services. */
export function createPartnershipActivities(services: PartnershipActivityServices): PartnershipActivities {
  const { mirror, steps, signOff, secondments, activeLife } = services;
  return withFinalFailures<PartnershipActivities>({
    recordStageChange: (change) => mirror.recordStageChange(change),
    checkPartnershipCapacity: (partnershipId) => steps.checkCapacity(partnershipId),
    recordCabinetDecision: (input) => steps.recordCabinetDecision(input),
    changeDecisionStatus: (input) => steps.changeDecisionStatus(input),
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
