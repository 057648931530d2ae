import { Partnership1764000000000 } from './1764000000000-partnership.js';
import { AccessAndAudit1764000100000 } from './1764000100000-access-and-audit.js';
import { CouncilsAndGovernance1764000200000 } from './1764000200000-councils-and-governance.js';
import { Secondments1764000300000 } from './1764000300000-secondments.js';
import { DecisionRecordOrigin1764000400000 } from './1764000400000-decision-record-origin.js';
import { PartnershipDueDates1764000500000 } from './1764000500000-partnership-due-dates.js';
import { IdempotencyClaimOwner1764000610000 } from './1764000610000-idempotency-claim-owner.js';

/** Migrations in the order they apply; listed explicitly so no glob depends on the build layout. */
export const MIGRATIONS = [
  Partnership1764000000000,
  AccessAndAudit1764000100000,
  CouncilsAndGovernance1764000200000,
  Secondments1764000300000,
  DecisionRecordOrigin1764000400000,
  PartnershipDueDates1764000500000,
  IdempotencyClaimOwner1764000610000,
];
