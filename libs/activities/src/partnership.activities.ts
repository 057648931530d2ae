import type { PartnershipActivities } from '../../workflows/src/partnership.contract.js';
import type { PartnershipMirrorService } from './partnership-mirror.service.js';

/** Binds the activity functions the worker registers to their injected services. */
export function createPartnershipActivities(mirror: PartnershipMirrorService): PartnershipActivities {
  return {
    recordStageChange: (change) => mirror.recordStageChange(change),
  };
}
