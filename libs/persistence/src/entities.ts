import { ApiKeyEntity } from './api-key.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { CouncilEntity } from './council.entity.js';
import { DecisionRecordEntity } from './decision-record.entity.js';
import { InterventionEntity } from './intervention.entity.js';
import { GovernanceSettingsEntity } from './governance-settings.entity.js';
import { PartnershipCapacityCheckEntity } from './partnership-capacity-check.entity.js';
import { PartnershipDueDateEntity } from './partnership-due-date.entity.js';
import { PartnershipSignatureEntity } from './partnership-signature.entity.js';
import { PartnershipStageChangeEntity } from './partnership-stage-change.entity.js';
import { PartnershipEntity } from './partnership.entity.js';
import { PrincipalEntity } from './principal.entity.js';
import { ReviewEntity } from './review.entity.js';
import { RiskEntity } from './risk.entity.js';
import { SecondmentEntity } from './secondment.entity.js';
import { StaffMemberEntity } from './staff-member.entity.js';
import { TeamEntity } from './team.entity.js';

/** Every entity the application maps; the schema itself comes only from migrations. */
export const ENTITIES = [
  PartnershipEntity,
  PartnershipStageChangeEntity,
  PartnershipDueDateEntity,
  PartnershipSignatureEntity,
  PartnershipCapacityCheckEntity,
  PrincipalEntity,
  ApiKeyEntity,
  AuditEventEntity,
  CouncilEntity,
  GovernanceSettingsEntity,
  TeamEntity,
  StaffMemberEntity,
  InterventionEntity,
  DecisionRecordEntity,
  RiskEntity,
  ReviewEntity,
  SecondmentEntity,
];
