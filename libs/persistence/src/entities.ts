import { PartnershipStageChangeEntity } from './partnership-stage-change.entity.js';
import { PartnershipEntity } from './partnership.entity.js';

/** Every entity the application maps; the schema itself comes only from migrations. */
export const ENTITIES = [PartnershipEntity, PartnershipStageChangeEntity];
