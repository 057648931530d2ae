import { ROLES, type Role, type Scope } from '#domain';

/**
 * How the caller's council must stand to what an operation touches. Commissioners and admins
 * act across councils, so every relation holds for them (`actsForAnyOf` in the domain).
 *
 * Who checks what: the access guard checks roles and scopes from this table before the handler
 * runs. The council relation is checked by the service when it reads the record, because only
 * the record knows its councils; a partnership's relation (lead, or either council) is read from
 * this table there (`requirePartnershipRelation`), the others are what the services' domain
 * checks (`requireCouncil`, `requireVisible`) implement. The authorisation matrix test holds
 * each relation to what a caller of another council actually gets.
 */
export type CouncilRelation =
  /** Not tied to a council: reference data everyone reads, the caller themself, admin work. */
  | 'none'
  /** The council the request names (in the path or body), or the council of a record everyone may read, is the caller's: else 403. */
  | 'own_council'
  /** Only the caller's council's records: lists are filtered to them, another council's record answers 404 as if missing. */
  | 'own_council_records'
  /** The caller's council leads or receives the partnership: lists are filtered, any other partnership answers 404. */
  | 'partnership_party'
  /** The caller's council leads the partnership: the supported council, which may read it, gets 403; others 404. */
  | 'lead_council';

/** Who may call an operation: the roles allowed, the scopes an integrator's key needs (any one), and the council relation. */
export interface AccessRule {
  roles: readonly Role[];
  /** Integrators need a key carrying one of these; other roles are authorised by role alone. */
  integratorScopes?: readonly Scope[];
  council: CouncilRelation;
  /** Narrower rules for some requests of the operation, applied by the operation once it has read the request. */
  cases?: Readonly<Record<string, Omit<AccessRule, 'cases'>>>;
}

const EVERY_ROLE = ROLES;
const WORKFORCE_READERS: readonly Role[] = ['hr', 'chief_executive', 'director', 'commissioner', 'admin', 'integrator'];
const WORKFORCE_EDITORS: readonly Role[] = ['hr', 'admin', 'integrator'];
const SECONDMENT_APPROVERS: readonly Role[] = ['hr', 'chief_executive', 'director', 'admin'];
const LEAD_COUNCIL_OFFICERS: readonly Role[] = ['chief_executive', 'director', 'integrator', 'admin'];
const PORTFOLIO_READERS: readonly Role[] = ['chief_executive', 'director', 'hr', 'commissioner', 'admin', 'integrator'];
const REVIEWERS: readonly Role[] = ['commissioner', 'chief_executive', 'director', 'admin'];
const INBOX_HOLDERS: readonly Role[] = ROLES.filter((role) => role !== 'integrator');
const WEBHOOK_MANAGERS: readonly Role[] = ['integrator', 'admin'];

const READ_PARTNERSHIPS: readonly Scope[] = ['partnerships:read', 'partnerships:write'];
const WRITE_PARTNERSHIPS: readonly Scope[] = ['partnerships:write'];
const READ_WORKFORCE: readonly Scope[] = ['workforce:read', 'workforce:write'];
const WRITE_WORKFORCE: readonly Scope[] = ['workforce:write'];
const MANAGE_WEBHOOKS: readonly Scope[] = ['webhooks:write'];

/**
 * Who may do what: every operation of the API, by its OpenAPI operationId. A controller method
 * names its operation (`@Operation('signPartnership', …)`); an operation missing here refuses
 * every caller (deny by default), and a test fails until each route has its entry.
 */
export const ACCESS_POLICY = {
  // The caller, and the people and keys of the system
  getCurrentPrincipal: { roles: EVERY_ROLE, council: 'none' },
  createPrincipal: { roles: ['admin'], council: 'none' },
  listPrincipals: { roles: ['admin'], council: 'none' },
  getPrincipal: { roles: ['admin'], council: 'none' },
  listPrincipalApiKeys: { roles: ['admin'], council: 'none' },
  disablePrincipal: { roles: ['admin'], council: 'none' },
  issueApiKey: { roles: ['admin'], council: 'none' },
  revokeApiKey: { roles: ['admin'], council: 'none' },

  // Councils and their governance: public reference data; each council sets its own governance
  listCouncils: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'none' },
  getCouncil: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'none' },
  createCouncil: { roles: ['admin'], council: 'none' },
  updateCouncil: { roles: ['admin', 'commissioner'], council: 'none' },
  abolishCouncil: { roles: ['admin'], council: 'none' },
  getGovernanceSettings: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'none' },
  updateGovernanceSettings: { roles: ['democratic_services', 'admin'], council: 'own_council' },

  // Workforce: each council's HR keeps its own teams, staff and secondments
  listTeams: { roles: WORKFORCE_READERS, integratorScopes: READ_WORKFORCE, council: 'own_council_records' },
  getTeam: { roles: WORKFORCE_READERS, integratorScopes: READ_WORKFORCE, council: 'own_council_records' },
  createTeam: { roles: WORKFORCE_EDITORS, integratorScopes: WRITE_WORKFORCE, council: 'own_council' },
  updateTeam: { roles: WORKFORCE_EDITORS, integratorScopes: WRITE_WORKFORCE, council: 'own_council_records' },
  deleteTeam: { roles: WORKFORCE_EDITORS, integratorScopes: WRITE_WORKFORCE, council: 'own_council_records' },
  listStaff: { roles: WORKFORCE_READERS, integratorScopes: READ_WORKFORCE, council: 'own_council_records' },
  getStaffMember: { roles: WORKFORCE_READERS, integratorScopes: READ_WORKFORCE, council: 'own_council_records' },
  // The team named must be one of the caller's council's.
  createStaffMember: { roles: WORKFORCE_EDITORS, integratorScopes: WRITE_WORKFORCE, council: 'own_council_records' },
  updateStaffMember: { roles: WORKFORCE_EDITORS, integratorScopes: WRITE_WORKFORCE, council: 'own_council_records' },
  deleteStaffMember: { roles: WORKFORCE_EDITORS, integratorScopes: WRITE_WORKFORCE, council: 'own_council_records' },
  // The staff member must be the caller's council's, and the partnership one that council leads.
  proposeSecondment: { roles: WORKFORCE_EDITORS, integratorScopes: WRITE_WORKFORCE, council: 'own_council_records' },
  listSecondments: { roles: WORKFORCE_READERS, integratorScopes: READ_WORKFORCE, council: 'own_council_records' },
  getSecondment: { roles: WORKFORCE_READERS, integratorScopes: READ_WORKFORCE, council: 'own_council_records' },
  approveSecondment: { roles: SECONDMENT_APPROVERS, council: 'own_council_records' },
  activateSecondment: { roles: SECONDMENT_APPROVERS, council: 'own_council_records' },
  endSecondment: { roles: SECONDMENT_APPROVERS, council: 'own_council_records' },
  cancelSecondment: { roles: SECONDMENT_APPROVERS, council: 'own_council_records' },

  // Capacity: a council's own figures
  getCouncilCapacity: { roles: WORKFORCE_READERS, integratorScopes: READ_WORKFORCE, council: 'own_council' },
  whatIfCouncilCapacity: { roles: WORKFORCE_READERS, integratorScopes: READ_WORKFORCE, council: 'own_council' },
  getLeadCouncilPortfolio: { roles: PORTFOLIO_READERS, integratorScopes: READ_PARTNERSHIPS, council: 'own_council' },
  checkPartnershipCapacity: { roles: PORTFOLIO_READERS, integratorScopes: READ_PARTNERSHIPS, council: 'lead_council' },

  // Partnerships: the lead council proposes and edits; both councils read
  createPartnership: { roles: LEAD_COUNCIL_OFFICERS, integratorScopes: WRITE_PARTNERSHIPS, council: 'own_council' },
  listPartnerships: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'partnership_party' },
  getPartnership: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'partnership_party' },
  getPartnershipTimeline: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'partnership_party' },
  updatePartnership: { roles: LEAD_COUNCIL_OFFICERS, integratorScopes: WRITE_PARTNERSHIPS, council: 'lead_council' },
  listPartnershipRisks: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'partnership_party' },
  getPartnershipRisk: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'partnership_party' },
  addPartnershipRisk: { roles: LEAD_COUNCIL_OFFICERS, integratorScopes: WRITE_PARTNERSHIPS, council: 'lead_council' },
  updatePartnershipRisk: { roles: LEAD_COUNCIL_OFFICERS, integratorScopes: WRITE_PARTNERSHIPS, council: 'lead_council' },
  listPartnershipReviews: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'partnership_party' },
  recordPartnershipReview: { roles: REVIEWERS, council: 'partnership_party' },

  // The partnership's workflow: each action is the lead council's, but signatures, reviews and some exits
  submitPartnership: { roles: LEAD_COUNCIL_OFFICERS, integratorScopes: WRITE_PARTNERSHIPS, council: 'lead_council' },
  withdrawPartnership: { roles: LEAD_COUNCIL_OFFICERS, integratorScopes: WRITE_PARTNERSHIPS, council: 'lead_council' },
  endorsePartnership: { roles: ['director', 'admin', 'integrator'], integratorScopes: WRITE_PARTNERSHIPS, council: 'lead_council' },
  sendBackPartnership: { roles: ['director', 'chief_executive', 'admin'], council: 'lead_council' },
  overrideCapacityCheck: { roles: ['chief_executive'], council: 'lead_council' },
  recordCabinetDecision: { roles: ['democratic_services'], council: 'lead_council' },
  callInDecision: { roles: ['scrutiny'], council: 'lead_council' },
  recordScrutinyOutcome: { roles: ['scrutiny'], council: 'lead_council' },
  signPartnership: { roles: ['chief_executive'], council: 'partnership_party' },
  requestPartnershipExit: {
    roles: ['chief_executive', 'commissioner', 'admin'],
    council: 'partnership_party',
    // Notice (the default trigger) is the lead council's to give.
    cases: { notice: { roles: ['chief_executive', 'admin'], council: 'lead_council' } },
  },
  recordReviewAction: { roles: REVIEWERS, council: 'partnership_party' },
  // What awaits a person: their own council's actions (commissioners: every council's reviews); not for service accounts.
  listInbox: { roles: INBOX_HOLDERS, council: 'own_council_records' },

  // Decisions and interventions: public records; a council records and changes its own decisions
  listDecisionRecords: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'none' },
  // Exempt (Schedule 12A) text is shown to the deciding council's own people only.
  getDecisionRecord: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'none' },
  createDecisionRecord: { roles: ['democratic_services', 'admin'], council: 'own_council' },
  updateDecisionRecordStatus: { roles: ['democratic_services', 'admin'], council: 'own_council' },
  listInterventions: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'none' },
  getIntervention: { roles: EVERY_ROLE, integratorScopes: READ_PARTNERSHIPS, council: 'none' },
  createIntervention: { roles: ['commissioner', 'admin'], council: 'none' },
  updateIntervention: { roles: ['commissioner', 'admin'], council: 'none' },

  // The audit trail: a council's own events
  listAuditEvents: {
    roles: ['chief_executive', 'director', 'commissioner', 'admin', 'integrator'],
    integratorScopes: ['audit:read'],
    council: 'own_council_records',
  },
  getAuditEvent: {
    roles: ['chief_executive', 'director', 'commissioner', 'admin', 'integrator'],
    integratorScopes: ['audit:read'],
    council: 'own_council_records',
  },

  // Events for integrators: the feed and webhooks of the caller's council
  listEvents: { roles: EVERY_ROLE, integratorScopes: ['events:read'], council: 'own_council_records' },
  // A subscription is for the caller's council; admins name any council.
  createWebhookSubscription: { roles: WEBHOOK_MANAGERS, integratorScopes: MANAGE_WEBHOOKS, council: 'own_council' },
  listWebhookSubscriptions: { roles: WEBHOOK_MANAGERS, integratorScopes: MANAGE_WEBHOOKS, council: 'own_council_records' },
  getWebhookSubscription: { roles: WEBHOOK_MANAGERS, integratorScopes: MANAGE_WEBHOOKS, council: 'own_council_records' },
  updateWebhookSubscription: { roles: WEBHOOK_MANAGERS, integratorScopes: MANAGE_WEBHOOKS, council: 'own_council_records' },
  deleteWebhookSubscription: { roles: WEBHOOK_MANAGERS, integratorScopes: MANAGE_WEBHOOKS, council: 'own_council_records' },
  rotateWebhookSecret: { roles: WEBHOOK_MANAGERS, integratorScopes: MANAGE_WEBHOOKS, council: 'own_council_records' },
  listWebhookDeliveries: { roles: WEBHOOK_MANAGERS, integratorScopes: MANAGE_WEBHOOKS, council: 'own_council_records' },
  redeliverWebhookEvent: { roles: WEBHOOK_MANAGERS, integratorScopes: MANAGE_WEBHOOKS, council: 'own_council_records' },
} as const satisfies Record<string, AccessRule>;

export type OperationId = keyof typeof ACCESS_POLICY;

/** The rule for an operation named at run time, or undefined when the table has none (deny). */
export function accessRuleFor(operationId: string): AccessRule | undefined {
  return Object.hasOwn(ACCESS_POLICY, operationId) ? ACCESS_POLICY[operationId as OperationId] : undefined;
}
