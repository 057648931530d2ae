import { Partnership1764000000000 } from './1764000000000-partnership.js';
import { AccessAndAudit1764000100000 } from './1764000100000-access-and-audit.js';
import { CouncilsAndGovernance1764000200000 } from './1764000200000-councils-and-governance.js';
import { Secondments1764000300000 } from './1764000300000-secondments.js';
import { DecisionRecordOrigin1764000400000 } from './1764000400000-decision-record-origin.js';
import { PartnershipDueDates1764000500000 } from './1764000500000-partnership-due-dates.js';
import { SecondmentPlannedEnd1764000610000 } from './1764000610000-secondment-planned-end.js';
import { PartnershipSignatures1764000620000 } from './1764000620000-partnership-signatures.js';
import { PartnershipCapacityChecks1764000630000 } from './1764000630000-partnership-capacity-checks.js';
import { RateLimitBuckets1764000680000 } from './1764000680000-rate-limit-buckets.js';
import { IdempotencyClaimOwner1764000690000 } from './1764000690000-idempotency-claim-owner.js';
import { PersonIdentity1764000750000 } from './1764000750000-person-identity.js';
import { AuditActorAuthentication1764000760000 } from './1764000760000-audit-actor-authentication.js';
import { DomainEvents1764000700000 } from './1764000700000-domain-events.js';
import { Webhooks1764000710000 } from './1764000710000-webhooks.js';
import { DecisionRecordReasons1764000850000 } from './1764000850000-decision-record-reasons.js';
import { WebSessions1764000900000 } from './1764000900000-web-sessions.js';
import { SecondmentsAwaitingHr1764000950000 } from './1764000950000-secondments-awaiting-hr.js';

/** Migrations in the order they apply; listed explicitly so no glob depends on the build layout. */
export const MIGRATIONS = [
  Partnership1764000000000,
  AccessAndAudit1764000100000,
  CouncilsAndGovernance1764000200000,
  Secondments1764000300000,
  DecisionRecordOrigin1764000400000,
  PartnershipDueDates1764000500000,
  SecondmentPlannedEnd1764000610000,
  PartnershipSignatures1764000620000,
  PartnershipCapacityChecks1764000630000,
  RateLimitBuckets1764000680000,
  IdempotencyClaimOwner1764000690000,
  DomainEvents1764000700000,
  Webhooks1764000710000,
  PersonIdentity1764000750000,
  AuditActorAuthentication1764000760000,
  DecisionRecordReasons1764000850000,
  WebSessions1764000900000,
  SecondmentsAwaitingHr1764000950000,
];
