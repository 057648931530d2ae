import { ESSEX, HAMPSHIRE } from '../api-keys.js';
import { cabinetDecision } from '../decision.builder.js';
import { partnershipRequest } from '../partnership.builder.js';
import { interventionBody, type MatrixFixtures, riskBody, webhookBody } from './matrix-fixtures.js';

export interface Call {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  body?: object;
}

/** How to call an operation on Hampshire's records, and what comes back; who may call it is the access policy's. */
export interface OperationCall {
  /**
   * What a council-bound principal of another council gets: the same as one of the record's own
   * council ('same'); 404, when the record is not theirs to see (it answers as one that does not
   * exist, so ids reveal nothing); or 403, when they may see it (or its council code, which is
   * public) but may not do this.
   */
  otherCouncil: 'same' | 403 | 404;
  success: number;
  call(fixtures: MatrixFixtures): Promise<Call>;
}

const decisionBody = () => {
  const { councilCode: _council, ...decision } = cabinetDecision();
  return decision;
};

/** Every operation in the OpenAPI document must appear here: a new endpoint fails the matrix until it joins. */
export const MATRIX_CALLS: Record<string, OperationCall | 'public'> = {
  getLiveness: 'public',
  getReadiness: 'public',
  getDecisionPage: 'public',
  getPublishedDecisionsFeed: 'public',
  getMetrics: 'public',
  getCurrentPrincipal: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/me' }),
  },
  createPrincipal: {
    otherCouncil: 'same',
    success: 201,
    call: async () => ({
      method: 'post',
      path: '/api/v1/principals',
      body: { name: 'Matrix HR officer', kind: 'person', role: 'hr', councilCode: HAMPSHIRE },
    }),
  },
  getPrincipal: {
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/principals/${fixtures.somePrincipalId}` }),
  },
  listPrincipalApiKeys: {
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/principals/${fixtures.somePrincipalId}/api-keys` }),
  },
  listPrincipals: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/principals' }),
  },
  issueApiKey: {
    otherCouncil: 'same',
    success: 201,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/principals/${fixtures.somePrincipalId}/api-keys`, body: {} }),
  },
  disablePrincipal: {
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/principals/${await fixtures.freshPrincipalId()}/disable` }),
  },
  revokeApiKey: {
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/api-keys/${await fixtures.freshKeyId()}/revoke` }),
  },
  createPartnership: {
    otherCouncil: 403,
    success: 201,
    call: async () => ({ method: 'post', path: '/api/v1/partnerships', body: partnershipRequest() }),
  },
  listInbox: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/inbox' }),
  },
  listPartnerships: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/partnerships' }),
  },
  getPartnership: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}` }),
  },
  getPartnershipTimeline: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/timeline` }),
  },
  updatePartnership: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'patch',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}`,
      body: { version: 1, scope: 'Edited' },
    }),
  },
  submitPartnership: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/submit`,
      body: {},
    }),
  },
  withdrawPartnership: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/withdraw`,
      body: {},
    }),
  },
  listCouncils: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/councils' }),
  },
  getCouncil: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: `/api/v1/councils/${HAMPSHIRE}` }),
  },
  createCouncil: {
    otherCouncil: 'same',
    success: 201,
    call: async (fixtures) => ({
      method: 'post',
      path: '/api/v1/councils',
      body: { code: fixtures.unusedCouncilCode(), name: 'New council', type: 'unitary', region: 'North West' },
    }),
  },
  updateCouncil: {
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({
      method: 'patch',
      path: `/api/v1/councils/${ESSEX}`,
      body: { version: await fixtures.councilVersion(ESSEX), region: 'East of England' },
    }),
  },
  abolishCouncil: {
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
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: `/api/v1/councils/${HAMPSHIRE}/governance-settings` }),
  },
  updateGovernanceSettings: {
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
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/teams' }),
  },
  getTeam: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/teams/${(await fixtures.hampshireTeam()).id}` }),
  },
  createTeam: {
    otherCouncil: 403,
    success: 201,
    call: async (fixtures) => ({ method: 'post', path: '/api/v1/teams', body: fixtures.newTeamBody() }),
  },
  updateTeam: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => {
      const team = await fixtures.hampshireTeam();
      return { method: 'patch', path: `/api/v1/teams/${team.id}`, body: { version: team.version, retentionFloor: 0.8 } };
    },
  },
  deleteTeam: {
    otherCouncil: 404,
    success: 204,
    call: async (fixtures) => ({ method: 'delete', path: `/api/v1/teams/${(await fixtures.hampshireTeam()).id}` }),
  },
  listStaff: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/staff' }),
  },
  getStaffMember: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/staff/${(await fixtures.hampshireStaffMember()).id}` }),
  },
  createStaffMember: {
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
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => {
      const staff = await fixtures.hampshireStaffMember();
      return { method: 'patch', path: `/api/v1/staff/${staff.id}`, body: { version: staff.version, contractedFte: 0.6 } };
    },
  },
  deleteStaffMember: {
    otherCouncil: 404,
    success: 204,
    call: async (fixtures) => ({ method: 'delete', path: `/api/v1/staff/${(await fixtures.hampshireStaffMember()).id}` }),
  },
  listDecisionRecords: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/decision-records' }),
  },
  getDecisionRecord: {
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/decision-records/${(await fixtures.hampshireDecision()).id}` }),
  },
  createDecisionRecord: {
    otherCouncil: 403,
    success: 201,
    call: async () => ({ method: 'post', path: '/api/v1/decision-records', body: cabinetDecision() }),
  },
  updateDecisionRecordStatus: {
    otherCouncil: 403,
    success: 200,
    call: async (fixtures) => {
      const decision = await fixtures.hampshireDecision();
      return { method: 'patch', path: `/api/v1/decision-records/${decision.id}`, body: { version: decision.version, status: 'approved' } };
    },
  },
  listInterventions: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/interventions' }),
  },
  getIntervention: {
    otherCouncil: 'same',
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/interventions/${(await fixtures.intervention()).id}` }),
  },
  createIntervention: {
    otherCouncil: 'same',
    success: 201,
    call: async () => ({ method: 'post', path: '/api/v1/interventions', body: interventionBody() }),
  },
  updateIntervention: {
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
  getPartnershipRisk: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => {
      const { partnershipId, riskId } = await fixtures.sharedRisk();
      return { method: 'get', path: `/api/v1/partnerships/${partnershipId}/risks/${riskId}` };
    },
  },
  listPartnershipRisks: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/risks` }),
  },
  addPartnershipRisk: {
    otherCouncil: 404,
    success: 201,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/risks`,
      body: riskBody(),
    }),
  },
  updatePartnershipRisk: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => {
      const { partnershipId, riskId } = await fixtures.risk();
      return { method: 'patch', path: `/api/v1/partnerships/${partnershipId}/risks/${riskId}`, body: { version: 1, rating: 'high' } };
    },
  },
  listPartnershipReviews: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/reviews` }),
  },
  recordPartnershipReview: {
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
    otherCouncil: 404,
    success: 201,
    call: async (fixtures) => ({ method: 'post', path: '/api/v1/secondments', body: await fixtures.secondmentBody() }),
  },
  listSecondments: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/secondments' }),
  },
  getSecondment: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/secondments/${await fixtures.secondment('proposed')}` }),
  },
  approveSecondment: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/secondments/${await fixtures.secondment('proposed')}/approve` }),
  },
  activateSecondment: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/secondments/${await fixtures.secondment('approved')}/activate` }),
  },
  endSecondment: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/secondments/${await fixtures.secondment('active')}/end`, body: {} }),
  },
  cancelSecondment: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'post', path: `/api/v1/secondments/${await fixtures.secondment('proposed')}/cancel` }),
  },
  getCouncilCapacity: {
    otherCouncil: 403,
    success: 200,
    call: async () => ({ method: 'get', path: `/api/v1/councils/${HAMPSHIRE}/capacity?from=2019-01-01&to=2019-01-31` }),
  },
  whatIfCouncilCapacity: {
    otherCouncil: 403,
    success: 200,
    call: async () => ({
      method: 'post',
      path: `/api/v1/councils/${HAMPSHIRE}/capacity/what-if`,
      body: { from: '2019-01-01', to: '2019-01-31', proposed: [] },
    }),
  },
  getLeadCouncilPortfolio: {
    otherCouncil: 403,
    success: 200,
    call: async () => ({ method: 'get', path: `/api/v1/councils/${HAMPSHIRE}/portfolio?from=2019-01-07&to=2019-03-31` }),
  },
  checkPartnershipCapacity: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/capacity-check` }),
  },
  endorsePartnership: {
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
    otherCouncil: 404,
    // A draft is in no stage for this action: an authorised caller reaches the workflow and is refused with 409.
    success: 409,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/partnerships/${await fixtures.draftPartnership()}/actions/record-review`,
      body: { kind: 'periodic', reviewDate: '2019-01-15', ragRating: 'amber', findings: 'Progress' },
    }),
  },
  getAuditEvent: {
    // Another council's event answers as one that does not exist.
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/audit-events/${await fixtures.hampshireAuditEvent()}` }),
  },
  listAuditEvents: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/audit-events' }),
  },
  listEvents: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/events' }),
  },
  createWebhookSubscription: {
    otherCouncil: 403,
    success: 201,
    call: async () => ({ method: 'post', path: '/api/v1/webhook-subscriptions', body: webhookBody() }),
  },
  listWebhookSubscriptions: {
    otherCouncil: 'same',
    success: 200,
    call: async () => ({ method: 'get', path: '/api/v1/webhook-subscriptions' }),
  },
  getWebhookSubscription: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({ method: 'get', path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}` }),
  },
  updateWebhookSubscription: {
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
    otherCouncil: 404,
    success: 204,
    call: async (fixtures) => ({ method: 'delete', path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}` }),
  },
  rotateWebhookSecret: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}/rotate-secret`,
      body: {},
    }),
  },
  listWebhookDeliveries: {
    otherCouncil: 404,
    success: 200,
    call: async (fixtures) => ({
      method: 'get',
      path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}/deliveries`,
    }),
  },
  redeliverWebhookEvent: {
    otherCouncil: 404,
    success: 202,
    call: async (fixtures) => ({
      method: 'post',
      path: `/api/v1/webhook-subscriptions/${(await fixtures.webhookSubscription()).id}/redeliveries`,
      body: { eventId: await fixtures.hampshireEventId() },
    }),
  },
};
