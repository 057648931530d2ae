import type { components } from '#api-client';

/** The API's answers as the pages read them; the names follow the OpenAPI schemas. */
type Schemas = components['schemas'];
export type PartnershipDetail = Schemas['PartnershipDetailResponse'];
export type PartnershipSummaryFields = Schemas['PartnershipResponse'];
export type PartnershipStage = PartnershipDetail['stage'];
export type NextAction = Schemas['NextActionResponse'];
export type CapacityCheck = Schemas['CapacityCheckResponse'];
export type AuditEvent = Schemas['AuditEventResponse'];
export type DecisionRecord = Schemas['DecisionRecordResponse'];
export type Signature = Schemas['SignatureResponse'];
export type DueDate = Schemas['DueDateResponse'];
export type Risk = Schemas['RiskResponse'];
export type Review = Schemas['ReviewResponse'];
export type Intervention = Schemas['InterventionResponse'];
export type ProblemDetails = Schemas['ProblemDetails'];
export type CreatePartnership = Schemas['CreatePartnershipDto'];
export type UpdatePartnership = Schemas['UpdatePartnershipDto'];
export type CabinetDecision = Schemas['CabinetDecisionDto'];

/** Council names by GSS code, read once per page from the councils the person may see. */
export type CouncilNames = ReadonlyMap<string, string>;

export function councilName(names: CouncilNames, code: string): string {
  return names.get(code) ?? code;
}
