import pg from 'pg';
import request from 'supertest';
import type { AccordTestApp } from '../accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from '../api-keys.js';
import { cabinetDecision } from '../decision.builder.js';
import { partnershipRequest } from '../partnership.builder.js';

/** Records of Hampshire's (leading a partnership with Buckinghamshire) for the matrix to call operations on, fresh for each call. */
export interface MatrixFixtures {
  draftPartnership(): Promise<string>;
  freshKeyId(): Promise<string>;
  freshPrincipalId(): Promise<string>;
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
  /** The same risk for every caller: reading it changes nothing, and a fresh draft per call costs a workflow start. */
  sharedRisk(): Promise<{ partnershipId: string; riskId: string }>;
  /** One audit event touching Hampshire and Buckinghamshire (a draft partnership's creation), the same for every caller. */
  hampshireAuditEvent(): Promise<string>;
  secondmentBody(): Promise<object>;
  secondment(status: 'proposed' | 'approved' | 'active'): Promise<string>;
  webhookSubscription(): Promise<{ id: string; version: number }>;
  hampshireEventId(): Promise<string>;
}

export const interventionBody = () => ({
  supportedCouncilCode: BUCKINGHAMSHIRE,
  triggerJudgement: 'inadequate',
  triggerJudgementDate: '2017-11-24',
});

// A public address: the matrix runs without WEBHOOK_ALLOW_LOOPBACK. Only abolitions are subscribed, so little is sent.
export const webhookBody = () => ({ url: 'https://93.184.215.14/matrix-hook', eventTypes: ['council.abolished'], councilCode: HAMPSHIRE });

export const riskBody = () => ({ category: 'travel_distance', rating: 'medium', description: 'About 80 miles away' });

/** The fixtures, made through the API as an admin. */
export function matrixFixtures(accord: AccordTestApp, admin: TestKey): MatrixFixtures {
  let counter = 0;
  let sharedRisk: Promise<{ partnershipId: string; riskId: string }> | undefined;
  let sharedAuditEvent: Promise<string> | undefined;
  const asAdmin = (test: request.Test) => test.auth(admin.key, { type: 'bearer' });
  const http = () => request(accord.app.getHttpServer());
  const newTeam = async () =>
    asAdmin(http().post('/api/v1/teams'))
      .send({ councilCode: HAMPSHIRE, name: `Matrix team ${(counter += 1)}`, establishmentFte: 10, retentionFloor: 0.85 })
      .expect(201);

  const fixtures: MatrixFixtures = {
    somePrincipalId: admin.principalId,
    webhookSubscription: async () => {
      const created = await asAdmin(http().post('/api/v1/webhook-subscriptions')).send(webhookBody()).expect(201);
      return { id: created.body.id, version: created.body.version };
    },
    hampshireEventId: async () => {
      const client = new pg.Client({ connectionString: accord.database.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO domain_event (type, council_codes, subject_type, subject_id, data)
           VALUES ('council.abolished', $1, 'council', $2, '{}') RETURNING id::text`,
          [[HAMPSHIRE], HAMPSHIRE],
        );
        return rows[0].id;
      } finally {
        await client.end();
      }
    },
    draftPartnership: async () => {
      const response = await asAdmin(http().post('/api/v1/partnerships'))
        .send(partnershipRequest({ leadCouncilCode: HAMPSHIRE, supportedCouncilCode: BUCKINGHAMSHIRE }))
        .expect(201);
      return response.body.id as string;
    },
    freshKeyId: async () => (await createTestKey(accord.database.url, { role: 'hr' })).keyId,
    freshPrincipalId: async () => (await createTestKey(accord.database.url, { role: 'hr' })).principalId,
    unusedCouncilCode: () => `E0900${String((counter += 1)).padStart(4, '0')}`,
    twoNewCouncils: async () => {
      const codes: [string, string] = [
        `E0800${String((counter += 1)).padStart(4, '0')}`,
        `E0800${String((counter += 1)).padStart(4, '0')}`,
      ];
      for (const code of codes) {
        await asAdmin(http().post('/api/v1/councils'))
          .send({ code, name: `Council ${code}`, type: 'unitary', region: 'North East' })
          .expect(201);
      }
      return codes;
    },
    councilVersion: async (code) => (await asAdmin(http().get(`/api/v1/councils/${code}`)).expect(200)).body.version,
    governanceVersion: async (code) => (await asAdmin(http().get(`/api/v1/councils/${code}/governance-settings`)).expect(200)).body.version,
    newTeamBody: () => ({ councilCode: HAMPSHIRE, name: `Matrix team ${(counter += 1)}`, establishmentFte: 10, retentionFloor: 0.85 }),
    hampshireTeam: async () => {
      const team = await newTeam();
      return { id: team.body.id, version: team.body.version };
    },
    intervention: async () => {
      const created = await asAdmin(http().post('/api/v1/interventions')).send(interventionBody()).expect(201);
      return { id: created.body.id, version: created.body.version };
    },
    risk: async () => {
      const partnershipId = await fixtures.draftPartnership();
      const risk = await asAdmin(http().post(`/api/v1/partnerships/${partnershipId}/risks`))
        .send(riskBody())
        .expect(201);
      return { partnershipId, riskId: risk.body.id };
    },
    sharedRisk: () => (sharedRisk ??= fixtures.risk()),
    hampshireAuditEvent: () =>
      (sharedAuditEvent ??= (async () => {
        const partnershipId = await fixtures.draftPartnership();
        const trail = await asAdmin(http().get('/api/v1/audit-events')).query({ targetId: partnershipId, limit: 1 }).expect(200);
        return trail.body.items[0].id as string;
      })()),
    secondmentBody: async () => ({
      staffMemberId: (await fixtures.hampshireStaffMember()).id,
      partnershipId: await fixtures.draftPartnership(),
      fte: 0.2,
      start: '2019-01-07',
      end: '2019-02-28',
    }),
    secondment: async (status) => {
      const proposed = await asAdmin(http().post('/api/v1/secondments'))
        .send(await fixtures.secondmentBody())
        .expect(201);
      const transitions = { proposed: [], approved: ['approve'], active: ['approve', 'activate'] }[status];
      for (const transition of transitions) {
        await asAdmin(http().post(`/api/v1/secondments/${proposed.body.id}/${transition}`)).expect(200);
      }
      return proposed.body.id as string;
    },
    hampshireDecision: async () => {
      const decision = await asAdmin(http().post('/api/v1/decision-records')).send(cabinetDecision()).expect(201);
      return { id: decision.body.id, version: decision.body.version };
    },
    hampshireStaffMember: async () => {
      const team = await newTeam();
      const staff = await asAdmin(http().post('/api/v1/staff'))
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
  };
  return fixtures;
}
