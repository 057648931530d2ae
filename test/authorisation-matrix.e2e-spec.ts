import pg from 'pg';
import request from 'supertest';
import { ROLES, SCOPES, type Role } from '#domain';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';

const ESSEX = 'E10000012';
let councilCounter = 0;
import { cabinetDecision } from './support/decision.builder.js';
import { partnershipRequest } from './support/partnership.builder.js';

interface Call {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  body?: object;
}

interface OperationRule {
  /** Roles that may call it; every other role gets 403. */
  allowed: readonly Role[];
  /**
   * What a council-bound principal of another council gets: the same as one of the record's own
   * council ('same'); 404, when the record is not theirs to see (it answers as one that does not
   * exist, so ids reveal nothing); or 403, when they may see it (or its council code, which is
   * public) but may not do this.
   */
  otherCouncil: 'same' | 403 | 404;
  success: number;
  call(fixtures: Fixtures): Promise<Call>;
}

interface Fixtures {
  draftPartnership(): Promise<string>;
  freshKeyId(): Promise<string>;
  somePrincipalId: string;
  unusedCouncilCode(): string;
  twoNewCouncils(): Promise<[string, string]>;
  councilVersion(code: string): Promise<number>;
  governanceVersion(code: string): Promise<number>;
  newTeamBody(): object;
  hampshireTeam(): Promise<{ id: string; version: number }>;
  hampshireStaffMember(): Promise<{ id: string; version: number }>;
  hampshireDecision(): Promise<{ id: string; version: number }>;
  intervention(): Promise<{ id: string; version: number }>;
  risk(): Promise<{ partnershipId: string; riskId: string }>;
  secondmentBody(): Promise<object>;
  secondment(status: 'proposed' | 'approved' | 'active'): Promise<string>;
  webhookSubscription(): Promise<{ id: string; version: number }>;
  hampshireEventId(): Promise<string>;
}

const decisionBody = () => {
  const { councilCode: _council, ...decision } = cabinetDecision();
  return decision;
};
const interventionBody = () => ({
  supportedCouncilCode: BUCKINGHAMSHIRE,
  triggerJudgement: 'inadequate',
  triggerJudgementDate: '2017-11-24',
});
const riskBody = () => ({ category: 'travel_distance', rating: 'medium', description: 'About 80 miles away' });

const EVERY_ROLE = ROLES;
const WORKFORCE_READERS: Role[] = ['hr', 'chief_executive', 'director', 'commissioner', 'admin', 'integrator'];
const WORKFORCE_EDITORS: Role[] = ['hr', 'admin', 'integrator'];
const SECONDMENT_APPROVERS: Role[] = ['hr', 'chief_executive', 'director', 'admin'];
const LEAD_OFFICERS: Role[] = ['chief_executive', 'director', 'integrator', 'admin'];
const WEBHOOK_MANAGERS: Role[] = ['integrator', 'admin'];
// A public address: the matrix runs without WEBHOOK_ALLOW_LOOPBACK. Only abolitions are subscribed, so little is sent.
const webhookBody = () => ({ url: 'https://93.184.215.14/matrix-hook', eventTypes: ['council.abolished'], councilCode: HAMPSHIRE });

/** Every operation in the OpenAPI document must appear here: a new endpoint fails this test until it joins. */
const MATRIX: Record<string, OperationRule | 'public'> = {
  getLiveness: 'public',
  getReadiness: 'public',
  getCurrentPrincipal: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/me' }),
  },
  createPrincipal: {
    allowed: ['admin'],
    otherCouncil: 'same',
    success: 201,
    call: async () => ({
      method: 'post',
      path: '/api/v1/principals',
      body: { name: 'Matrix HR officer', kind: 'person', role: 'hr', councilCode: HAMPSHIRE },
    }),
  },
  listPrincipals: {
    allowed: ['admin'],
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/principals' }),
  },
  issueApiKey: {
    allowed: ['admin'],
    otherCouncil: 'same',
    success: 201,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/principals/${fixtures.somePrincipalId}/api-keys`, body: {} }),
  },
  revokeApiKey: {
    allowed: ['admin'],
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/api-keys/${await fixtures.freshKeyId()}/revoke` }),
  },
  createPartnership: {
    allowed: LEAD_OFFICERS,
    otherCouncil: 403,
    success: 201,
    call: async () => ({ method: 'post', path: '/api/v1/partnerships', body: partnershipRequest() }),
  },
  listPartnerships: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/partnerships' }),
  },
  getPartnership: {
    allowed: EVERY_ROLE,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}` }),
  },
  getPartnershipTimeline: {
    allowed: EVERY_ROLE,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/timeline` }),
  },
  updatePartnership: {
    allowed: LEAD_OFFICERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'patch',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}`,
      body: { version: 1, scope: 'Edited' },
    }),
  },
  submitPartnership: {
    allowed: LEAD_OFFICERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/submit`,
      body: {},
    }),
  },
  withdrawPartnership: {
    allowed: LEAD_OFFICERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/withdraw`,
      body: {},
    }),
  },
  listCouncils: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/councils' }),
  },
  getCouncil: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: `/api/v1/councils/${HAMPSHIRE}` }),
  },
  createCouncil: {
    allowed: ['admin'],
    otherCouncil: 'same',
    success: 201,
    call: async (fixtures) => ({
      method: 'post',
      path: '/api/v1/councils',
      body: { code: fixtures.unusedCouncilCode(), name: 'New council', type: 'unitary', region: 'North West' },
    }),
  },
  updateCouncil: {
    allowed: ['admin', 'commissioner'],
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({
      method: 'patch',
      path: `/api/v1/councils/${ESSEX}`,
      body: { version: await fixtures.councilVersion(ESSEX), region: 'East of England' },
    }),
  },
  abolishCouncil: {
    allowed: ['admin'],
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => {
      const [abolished, successor] = await fixtures.twoNewCouncils();
      return {
        method: 'post',
        path: `/api/v1/councils/${abolished}/abolish`,
        body: { effectiveFrom: '2020-04-01', successorCodes: [successor], transferTo: successor },
      };
    },
  },
  getGovernanceSettings: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: `/api/v1/councils/${HAMPSHIRE}/governance-settings` }),
  },
  updateGovernanceSettings: {
    allowed: ['democratic_services', 'admin'],
    otherCouncil: 403,
    success: 200,
    call: async (fixtures) => ({
      method: 'put',
      path: `/api/v1/councils/${HAMPSHIRE}/governance-settings`,
      body: {
        version: await fixtures.governanceVersion(HAMPSHIRE),
        callInPeriodWorkingDays: 5,
        callInQuorum: 5,
        keyDecisionThresholdPence: 50_000_000,
        signOffReminderWorkingDays: 5,
        signOffEscalationWorkingDays: 10,
      },
    }),
  },
  listTeams: {
    allowed: WORKFORCE_READERS,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/teams' }),
  },
  getTeam: {
    allowed: WORKFORCE_READERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/teams/${(await fixtures.hampshireTeam()).id}` }),
  },
  createTeam: {
    allowed: WORKFORCE_EDITORS,
    otherCouncil: 403,
    success: 201,
    call: async (fixtures) => ({ method: 'post', path: '/api/v1/teams', body: fixtures.newTeamBody() }),
  },
  updateTeam: {
    allowed: WORKFORCE_EDITORS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => {
      const team = await fixtures.hampshireTeam();
      return { method: 'patch', path: `/api/v1/teams/${team.id}`, body: { version: team.version, retentionFloor: 0.8 } };
    },
  },
  deleteTeam: {
    allowed: WORKFORCE_EDITORS,
    otherCouncil: 404,
    success: 204,
    call: async (fixtures) => ({ method: 'delete', path: `/api/v1/teams/${(await fixtures.hampshireTeam()).id}` }),
  },
  listStaff: {
    allowed: WORKFORCE_READERS,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/staff' }),
  },
  getStaffMember: {
    allowed: WORKFORCE_READERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/staff/${(await fixtures.hampshireStaffMember()).id}` }),
  },
  createStaffMember: {
    allowed: WORKFORCE_EDITORS,
    otherCouncil: 404,
    success: 201,
    call: async (fixtures) => ({
      method: 'post',
      path: '/api/v1/staff',
      body: {
        teamId: (await fixtures.hampshireTeam()).id,
        displayName: 'Synthetic Worker',
        role: 'social_worker',
        contractedFte: 1,
        employmentStart: '2016-01-04',
      },
    }),
  },
  updateStaffMember: {
    allowed: WORKFORCE_EDITORS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => {
      const staff = await fixtures.hampshireStaffMember();
      return { method: 'patch', path: `/api/v1/staff/${staff.id}`, body: { version: staff.version, contractedFte: 0.6 } };
    },
  },
  deleteStaffMember: {
    allowed: WORKFORCE_EDITORS,
    otherCouncil: 404,
    success: 204,
    call: async (fixtures) => ({ method: 'delete', path: `/api/v1/staff/${(await fixtures.hampshireStaffMember()).id}` }),
  },
  listDecisionRecords: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/decision-records' }),
  },
  getDecisionRecord: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/decision-records/${(await fixtures.hampshireDecision()).id}` }),
  },
  createDecisionRecord: {
    allowed: ['democratic_services', 'admin'],
    otherCouncil: 403,
    success: 201,
    call: async () => ({ method: 'post', path: '/api/v1/decision-records', body: cabinetDecision() }),
  },
  updateDecisionRecordStatus: {
    allowed: ['democratic_services', 'admin'],
    otherCouncil: 403,
    success: 200,
    call: async (fixtures) => {
      const decision = await fixtures.hampshireDecision();
      return { method: 'patch', path: `/api/v1/decision-records/${decision.id}`, body: { version: decision.version, status: 'approved' } };
    },
  },
  listInterventions: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/interventions' }),
  },
  getIntervention: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/interventions/${(await fixtures.intervention()).id}` }),
  },
  createIntervention: {
    allowed: ['commissioner', 'admin'],
    otherCouncil: 'same',
    success: 201,
    call: async () => ({ method: 'post', path: '/api/v1/interventions', body: interventionBody() }),
  },
  updateIntervention: {
    allowed: ['commissioner', 'admin'],
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => {
      const intervention = await fixtures.intervention();
      return {
        method: 'patch',
        path: `/api/v1/interventions/${intervention.id}`,
        body: { version: intervention.version, recommendation: 'retain_in_house' },
      };
    },
  },
  listPartnershipRisks: {
    allowed: EVERY_ROLE,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/risks` }),
  },
  addPartnershipRisk: {
    allowed: LEAD_OFFICERS,
    otherCouncil: 404,
    success: 201,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/risks`,
      body: riskBody(),
    }),
  },
  updatePartnershipRisk: {
    allowed: LEAD_OFFICERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => {
      const { partnershipId, riskId } = await fixtures.risk();
      return { method: 'patch', path: `/api/v1/partnerships/${partnershipId}/risks/${riskId}`, body: { version: 1, rating: 'high' } };
    },
  },
  listPartnershipReviews: {
    allowed: EVERY_ROLE,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/reviews` }),
  },
  recordPartnershipReview: {
    allowed: ['commissioner', 'chief_executive', 'director', 'admin'],
    otherCouncil: 404,
    // Reviews are of active partnerships: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/reviews`,
      body: { kind: 'periodic', reviewDate: '2019-01-15', ragRating: 'amber', findings: 'Progress' },
    }),
  },
  proposeSecondment: {
    allowed: WORKFORCE_EDITORS,
    otherCouncil: 404,
    success: 201,
    call: async (fixtures) => ({ method: 'post', path: '/api/v1/secondments', body: await fixtures.secondmentBody() }),
  },
  listSecondments: {
    allowed: WORKFORCE_READERS,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/secondments' }),
  },
  getSecondment: {
    allowed: WORKFORCE_READERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/secondments/${await fixtures.secondment('proposed')}` }),
  },
  approveSecondment: {
    allowed: SECONDMENT_APPROVERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/secondments/${await fixtures.secondment('proposed')}/approve` }),
  },
  activateSecondment: {
    allowed: SECONDMENT_APPROVERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/secondments/${await fixtures.secondment('approved')}/activate` }),
  },
  endSecondment: {
    allowed: SECONDMENT_APPROVERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/secondments/${await fixtures.secondment('active')}/end`, body: {} }),
  },
  cancelSecondment: {
    allowed: SECONDMENT_APPROVERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/secondments/${await fixtures.secondment('proposed')}/cancel` }),
  },
  getCouncilCapacity: {
    allowed: WORKFORCE_READERS,
    otherCouncil: 403,
    success: 200,
    call: async () => ({ method: 'get', path: `/api/v1/councils/${HAMPSHIRE}/capacity?from=2019-01-01&to=2019-01-31` }),
  },
  whatIfCouncilCapacity: {
    allowed: WORKFORCE_READERS,
    otherCouncil: 403,
    success: 200,
    call: async () => ({
      method: 'post',
      path: `/api/v1/councils/${HAMPSHIRE}/capacity/what-if`,
      body: { from: '2019-01-01', to: '2019-01-31', proposed: [] },
    }),
  },
  getLeadCouncilPortfolio: {
    allowed: ['chief_executive', 'director', 'hr', 'commissioner', 'admin', 'integrator'],
    otherCouncil: 403,
    success: 200,
    call: async () => ({ method: 'get', path: `/api/v1/councils/${HAMPSHIRE}/portfolio?from=2019-01-07&to=2019-03-31` }),
  },
  checkPartnershipCapacity: {
    allowed: ['chief_executive', 'director', 'hr', 'commissioner', 'admin', 'integrator'],
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/capacity-check` }),
  },
  endorsePartnership: {
    allowed: ['director', 'admin', 'integrator'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/endorse`,
      body: {},
    }),
  },
  sendBackPartnership: {
    allowed: ['director', 'chief_executive', 'admin'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/send-back`,
      body: {},
    }),
  },
  overrideCapacityCheck: {
    allowed: ['chief_executive'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/override-capacity`,
      body: { reason: 'A reason' },
    }),
  },
  recordCabinetDecision: {
    allowed: ['democratic_services'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/cabinet-decision`,
      body: decisionBody(),
    }),
  },
  callInDecision: {
    allowed: ['scrutiny'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/call-in`,
      body: { members: ['Cllr Brown', 'Cllr Davies', 'Cllr Foster', 'Cllr Hughes', 'Cllr Khan'] },
    }),
  },
  recordScrutinyOutcome: {
    allowed: ['scrutiny'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/scrutiny-outcome`,
      body: { outcome: 'released' },
    }),
  },
  signPartnership: {
    allowed: ['chief_executive'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/sign`,
      body: {},
    }),
  },
  requestPartnershipExit: {
    allowed: ['chief_executive', 'commissioner', 'admin'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/request-exit`,
      body: { trigger: 'long_term_solution', reason: 'A long-term support solution is in place' },
    }),
  },
  recordReviewAction: {
    allowed: ['commissioner', 'chief_executive', 'director', 'admin'],
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/record-review`,
      body: { kind: 'periodic', reviewDate: '2019-01-15', ragRating: 'amber', findings: 'Progress' },
    }),
  },
  listAuditEvents: {
    allowed: ['chief_executive', 'director', 'commissioner', 'admin', 'integrator'],
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/audit-events' }),
  },
  listEvents: {
    allowed: EVERY_ROLE,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/events' }),
  },
  createWebhookSubscription: {
    allowed: WEBHOOK_MANAGERS,
    otherCouncil: 403,
    success: 201,
    call: async () => ({ method: 'post', path: '/api/v1/webhook-subscriptions', body: webhookBody() }),
  },
  listWebhookSubscriptions: {
    allowed: WEBHOOK_MANAGERS,
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/webhook-subscriptions' }),
  },
  getWebhookSubscription: {
    allowed: WEBHOOK_MANAGERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}` }),
  },
  updateWebhookSubscription: {
    allowed: WEBHOOK_MANAGERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => {
      const subscription = await fixtures.webhookSubscription();
      return {
        method: 'patch',
        path: `/api/v1/webhook-subscriptions/${subscription.id}`,
        body: { version: subscription.version, description: 'Edited' },
      };
    },
  },
  deleteWebhookSubscription: {
    allowed: WEBHOOK_MANAGERS,
    otherCouncil: 404,
    success: 204,
    call: async (fixtures) => ({ method: 'delete', path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}` }),
  },
  rotateWebhookSecret: {
    allowed: WEBHOOK_MANAGERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}/rotate-secret`,
      body: {},
    }),
  },
  listWebhookDeliveries: {
    allowed: WEBHOOK_MANAGERS,
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'get',
      path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}/deliveries`,
    }),
  },
  redeliverWebhookEvent: {
    allowed: WEBHOOK_MANAGERS,
    otherCouncil: 404,
    success: 202,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}/redeliveries`,
      body: { eventId: await fixtures.hampshireEventId() },
    }),
  },
};

const CROSS_COUNCIL: ReadonlySet<Role> = new Set(['commissioner', 'admin']);

interface Caller {
  label: string;
  role: Role;
  ownCouncil: boolean;
  key: TestKey;
}

describe('who may call which operation', () => {
  let accord: AccordTestApp;
  let admin: TestKey;
  let callers: Caller[];
  let operationIds: string[];

  beforeAll(async () => {
    accord = await startAccordTestApp();
    admin = await createTestKey(accord.database.url, { role: 'admin' });
    callers = [];
    for (const role of ROLES) {
      const scopes = role === 'integrator' ? SCOPES : [];
      callers.push({
        label: `${role} of Hampshire`,
        role,
        ownCouncil: true,
        key: await createTestKey(accord.database.url, { role, scopes: [...scopes] }),
      });
      if (!CROSS_COUNCIL.has(role)) {
        const key = await createTestKey(accord.database.url, { role, councilCode: TORBAY, scopes: [...scopes] });
        callers.push({ label: `${role} of Torbay`, role, ownCouncil: false, key });
      }
    }
    const document = await request(accord.app.getHttpServer()).get('/openapi.json').expect(200);
    operationIds = Object.values(document.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((path) =>
      Object.values(path).map((operation) => operation.operationId),
    );
  });

  afterAll(async () => {
    await accord?.close();
  });

  const fixtures = (): Fixtures => ({
    somePrincipalId: admin.principalId,
    webhookSubscription: async () => {
      const created = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/webhook-subscriptions'))
        .send(webhookBody())
        .expect(201);
      return { id: created.body.id, version: created.body.version };
    },
    hampshireEventId: async () => {
      const client = new pg.Client({ connectionString: accord.database.url });
      await client.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO domain_event (type, council_codes, subject_type, subject_id, data)
           VALUES ('council.abolished', $1, 'council', $2, '{}') RETURNING id::text`,
          [[HAMPSHIRE], HAMPSHIRE],
        );
        await client.query('COMMIT');
        return rows[0].id;
      } finally {
        await client.end();
      }
    },
    draftPartnership: async () => {
      const response = await request(accord.app.getHttpServer())
        .post('/api/v1/partnerships')
        .auth(admin.key, { type: 'bearer' })
        .send(partnershipRequest({ leadCouncilCode: HAMPSHIRE, supportedCouncilCode: BUCKINGHAMSHIRE }))
        .expect(201);
      return response.body.id as string;
    },
    freshKeyId: async () => (await createTestKey(accord.database.url, { role: 'hr' })).keyId,
    unusedCouncilCode: () => `E0900${String((councilCounter += 1)).padStart(4, '0')}`,
    twoNewCouncils: async () => {
      const codes: [string, string] = [
        `E0800${String((councilCounter += 1)).padStart(4, '0')}`,
        `E0800${String((councilCounter += 1)).padStart(4, '0')}`,
      ];
      for (const code of codes) {
        await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/councils'))
          .send({ code, name: `Council ${code}`, type: 'unitary', region: 'North East' })
          .expect(201);
      }
      return codes;
    },
    councilVersion: async (code) =>
      (await asAdmin(request(accord.app.getHttpServer()).get(`/api/v1/councils/${code}`)).expect(200)).body.version,
    governanceVersion: async (code) =>
      (await asAdmin(request(accord.app.getHttpServer()).get(`/api/v1/councils/${code}/governance-settings`)).expect(200)).body.version,
    newTeamBody: () => ({
      councilCode: HAMPSHIRE,
      name: `Matrix team ${(councilCounter += 1)}`,
      establishmentFte: 10,
      retentionFloor: 0.85,
    }),
    hampshireTeam: async () => {
      const team = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/teams'))
        .send({ councilCode: HAMPSHIRE, name: `Matrix team ${(councilCounter += 1)}`, establishmentFte: 10, retentionFloor: 0.85 })
        .expect(201);
      return { id: team.body.id, version: team.body.version };
    },
    intervention: async () => {
      const created = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/interventions')).send(interventionBody()).expect(201);
      return { id: created.body.id, version: created.body.version };
    },
    risk: async () => {
      const partnershipId = await fixtures().draftPartnership();
      const risk = await asAdmin(request(accord.app.getHttpServer()).post(`/api/v1/partnerships/${partnershipId}/risks`))
        .send(riskBody())
        .expect(201);
      return { partnershipId, riskId: risk.body.id };
    },
    secondmentBody: async () => ({
      staffMemberId: (await fixtures().hampshireStaffMember()).id,
      partnershipId: await fixtures().draftPartnership(),
      fte: 0.2,
      start: '2019-01-07',
      end: '2019-02-28',
    }),
    secondment: async (status) => {
      const proposed = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/secondments'))
        .send(await fixtures().secondmentBody())
        .expect(201);
      const steps = { proposed: [], approved: ['approve'], active: ['approve', 'activate'] }[status];
      for (const step of steps)
        await asAdmin(request(accord.app.getHttpServer()).post(`/api/v1/secondments/${proposed.body.id}/${step}`)).expect(200);
      return proposed.body.id as string;
    },
    hampshireDecision: async () => {
      const decision = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/decision-records'))
        .send(cabinetDecision())
        .expect(201);
      return { id: decision.body.id, version: decision.body.version };
    },
    hampshireStaffMember: async () => {
      const team = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/teams'))
        .send({ councilCode: HAMPSHIRE, name: `Matrix team ${(councilCounter += 1)}`, establishmentFte: 10, retentionFloor: 0.85 })
        .expect(201);
      const staff = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/staff'))
        .send({
          teamId: team.body.id,
          displayName: 'Synthetic Worker',
          role: 'social_worker',
          contractedFte: 1,
          employmentStart: '2016-01-04',
        })
        .expect(201);
      return { id: staff.body.id, version: staff.body.version };
    },
  });

  const asAdmin = (test: request.Test) => test.auth(admin.key, { type: 'bearer' });

  async function send(call: Call, key?: string): Promise<number> {
    let test = request(accord.app.getHttpServer())[call.method](call.path);
    if (key) test = test.auth(key, { type: 'bearer' });
    if (call.body) test = test.send(call.body);
    return (await test).status;
  }

  function expected(rule: OperationRule, caller: Caller): number {
    if (!rule.allowed.includes(caller.role)) return 403;
    if (rule.otherCouncil !== 'same' && !caller.ownCouncil) return rule.otherCouncil;
    return rule.success;
  }

  it('covers every operation the API documents, and nothing it does not', () => {
    expect([...operationIds].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers every protected operation without a key with 401', async () => {
    for (const [operationId, rule] of Object.entries(MATRIX)) {
      if (rule === 'public') continue;
      const status = await send(await rule.call(fixtures()));
      expect({ operationId, status }).toEqual({ operationId, status: 401 });
    }
  });

  it('lets public operations through without a key', async () => {
    await request(accord.app.getHttpServer()).get('/health').expect(200);
    await request(accord.app.getHttpServer()).get('/ready').expect(200);
  });

  it('gives every role, of its own council and of another, exactly the access the rules declare', async () => {
    const outcomes: string[] = [];
    const wanted: string[] = [];
    for (const [operationId, rule] of Object.entries(MATRIX)) {
      if (rule === 'public') continue;
      for (const caller of callers) {
        const status = await send(await rule.call(fixtures()), caller.key.key);
        outcomes.push(`${operationId} as ${caller.label}: ${status}`);
        wanted.push(`${operationId} as ${caller.label}: ${expected(rule, caller)}`);
      }
    }
    expect(outcomes).toEqual(wanted);
    // About a thousand calls, most on a fresh draft whose workflow starts on Temporal: minutes on a busy two-core machine.
  }, 300_000);

  it('answers a partnership of other councils as one that does not exist, and refuses the supported council what it may only read', async () => {
    const id = await fixtures().draftPartnership();
    const missing = '00000000-0000-4000-8000-000000000000';
    const bucksDirector = await createTestKey(accord.database.url, { role: 'director', councilCode: BUCKINGHAMSHIRE });
    const torbayDirector = await createTestKey(accord.database.url, { role: 'director', councilCode: TORBAY });
    const endorse = (partnershipId: string, key: TestKey) =>
      request(accord.app.getHttpServer())
        .post(`/api/v1/partnerships/${partnershipId}/actions/endorse`)
        .auth(key.key, { type: 'bearer' })
        .send({});

    const hidden = await endorse(id, torbayDirector).expect(404);
    const absent = await endorse(missing, torbayDirector).expect(404);
    expect(hidden.body).toMatchObject({ code: 'partnership_not_found', title: absent.body.title });
    expect(hidden.body.detail).toBe(absent.body.detail.replace(missing, id));

    await request(accord.app.getHttpServer()).get(`/api/v1/partnerships/${id}`).auth(bucksDirector.key, { type: 'bearer' }).expect(200);
    const refused = await endorse(id, bucksDirector).expect(403);
    expect(refused.body.code).toBe('forbidden_for_council');
  });

  it('never lists another council’s partnerships to a council-bound caller, whatever filters it sends', async () => {
    const hampshireBuckinghamshire = await fixtures().draftPartnership();
    const hampshireTorbay = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/partnerships'))
      .send(partnershipRequest({ leadCouncilCode: HAMPSHIRE, supportedCouncilCode: TORBAY }))
      .expect(201);
    const filters: Record<string, string | number>[] = [
      {},
      { leadCouncilCode: HAMPSHIRE },
      { supportedCouncilCode: BUCKINGHAMSHIRE },
      { leadCouncilCode: HAMPSHIRE, supportedCouncilCode: BUCKINGHAMSHIRE },
      { leadCouncilCode: ESSEX },
      { stage: 'draft' },
      { stage: 'draft', leadCouncilCode: HAMPSHIRE, limit: 100, offset: 0 },
    ];
    const leaks: string[] = [];
    for (const caller of callers.filter((candidate) => !candidate.ownCouncil)) {
      for (const query of filters) {
        const page = await request(accord.app.getHttpServer())
          .get('/api/v1/partnerships')
          .query(query)
          .auth(caller.key.key, { type: 'bearer' })
          .expect(200);
        const items = page.body.items as { id: string; leadCouncilCode: string; supportedCouncilCode: string }[];
        const foreign = items.filter((item) => item.leadCouncilCode !== TORBAY && item.supportedCouncilCode !== TORBAY);
        if (foreign.length > 0 || page.body.total > items.length) {
          leaks.push(`${caller.label} with ${JSON.stringify(query)}: ${foreign.length} foreign of ${page.body.total}`);
        }
        expect(items.map((item) => item.id)).not.toContain(hampshireBuckinghamshire);
      }
    }
    expect(leaks).toEqual([]);
    // The control: Torbay does see the partnership it receives.
    const torbayChief = callers.find((caller) => caller.label === 'chief_executive of Torbay')!;
    const own = await request(accord.app.getHttpServer())
      .get('/api/v1/partnerships')
      .query({ leadCouncilCode: HAMPSHIRE })
      .auth(torbayChief.key.key, { type: 'bearer' })
      .expect(200);
    expect(own.body.items.map((item: { id: string }) => item.id)).toContain(hampshireTorbay.body.id);
  });

  it('refuses an integrator whose key lacks the scope the operation needs', async () => {
    const readOnly = await createTestKey(accord.database.url, { role: 'integrator', scopes: ['partnerships:read'] });
    await request(accord.app.getHttpServer()).get('/api/v1/partnerships').auth(readOnly.key, { type: 'bearer' }).expect(200);
    const refused = await request(accord.app.getHttpServer())
      .post('/api/v1/partnerships')
      .auth(readOnly.key, { type: 'bearer' })
      .send(partnershipRequest())
      .expect(403);
    expect(refused.body).toMatchObject({ status: 403, code: 'forbidden' });
    await request(accord.app.getHttpServer()).get('/api/v1/audit-events').auth(readOnly.key, { type: 'bearer' }).expect(403);
  });
});
