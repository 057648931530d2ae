import type { PartnershipActivities } from '../../workflows/src/partnership.contract.js';
import type { PartnershipMirrorService } from './partnership-mirror.service.js';
import type { PartnershipStepsService } from './partnership-steps.service.js';

/** Binds the activity functions the worker registers to their injected services. */
export function createPartnershipActivities(mirror: PartnershipMirrorService, steps: PartnershipStepsService): PartnershipActivities {
  return {
    recordStageChange: (change) => mirror.recordStageChange(change),
    checkPartnershipCapacity: (partnershipId) => steps.checkCapacity(partnershipId),
    recordCabinetDecision: (input) => steps.recordCabinetDecision(input),
    endPartnershipSecondments: (input) => steps.endSecondments(input),
    signOffTiming: (partnershipId) => steps.signOffTiming(partnershipId),
    recordSignOffChase: (input) => steps.recordSignOffChase(input),
  };
}
