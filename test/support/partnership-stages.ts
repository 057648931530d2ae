import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import { addMonths, dateOfInstant } from '#domain';
import { partnershipWorkflowId, workflowState } from '#workflows';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from './api-keys.js';
import { cabinetDecision } from './decision.builder.js';
import { eventually } from './eventually.js';
import { livePeriod, partnershipRequest } from './partnership.builder.js';
import { act, waitForStage, walkToActive } from './partnership-walk.js';

/** The Hampshire people (and Buckinghamshire's chief executive) who take a partnership through its stages. */
export type StageParty = Record<'chief' | 'director' | 'clerk' | 'scrutiny' | 'hr' | 'bucksChief', TestKey>;

/** Fills `party` with a key for each of its people, in the test database at `databaseUrl`. */
export async function createStageParty(databaseUrl: string, party: Partial<StageParty>): Promise<void> {
  for (const [who, role] of [
    ['chief', 'chief_executive'],
    ['director', 'director'],
    ['clerk', 'democratic_services'],
    ['scrutiny', 'scrutiny'],
    ['hr', 'hr'],
  ] as const) {
    party[who] = await createTestKey(databaseUrl, { role, councilCode: HAMPSHIRE });
  }
  party.bucksChief = await createTestKey(databaseUrl, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE });
}

export const FIVE_MEMBERS = ['Cllr Brown', 'Cllr Davies', 'Cllr Foster', 'Cllr Hughes', 'Cllr Khan'];

const today = () => dateOfInstant(Date.now());

/** The Cabinet decision as the action's body (the council is the partnership's lead). */
export function decisionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { councilCode: _council, ...decision } = cabinetDecision(overrides);
  return decision;
}

/** Ways to bring a new partnership, running from today, to each stage over HTTP; each answers its id. */
export function partnershipStages(server: () => Server, party: StageParty, temporal: () => Client) {
  const send = (who: keyof StageParty, id: string, action: string, body: object = {}) => act(server(), party[who], id, action, body);

  async function draft(overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await request(server())
      .post('/api/v1/partnerships')
      .auth(party.chief.key, { type: 'bearer' })
      .send(partnershipRequest({ ...livePeriod(), ...overrides }))
      .expect(201);
    return created.body.id as string;
  }

  async function inOfficerReview(): Promise<string> {
    const id = await draft();
    await send('chief', id, 'submit').expect(200);
    return id;
  }

  async function awaitingCabinet(): Promise<string> {
    const id = await inOfficerReview();
    await send('director', id, 'endorse').expect(200);
    await waitForStage(server(), party.chief, id, 'cabinet_decision');
    return id;
  }

  /** In officer review, with half the practitioner of a one-post team (floor 0.85) lent out: its check will fail. */
  async function failingInOfficerReview(): Promise<string> {
    const hr = (path: string, body: object) => request(server()).post(path).auth(party.hr.key, { type: 'bearer' }).send(body).expect(201);
    const team = await hr('/api/v1/teams', {
      councilCode: HAMPSHIRE,
      name: `Small team ${randomUUID().slice(0, 8)}`,
      establishmentFte: 1,
      retentionFloor: 0.85,
    });
    const member = await hr('/api/v1/staff', {
      teamId: team.body.id,
      displayName: 'Synthetic Staff 9101',
      role: 'senior_practitioner',
      contractedFte: 1,
      employmentStart: '2015-01-05',
    });
    const id = await draft();
    const { plannedStart } = livePeriod();
    const end = addMonths(plannedStart, 1);
    await hr('/api/v1/secondments', { staffMemberId: member.body.id, partnershipId: id, fte: 0.5, start: plannedStart, end });
    await send('chief', id, 'submit').expect(200);
    return id;
  }

  /** A capacity check that failed, and waits for an override or a send-back. */
  async function failedCapacityCheck(): Promise<string> {
    const id = await failingInOfficerReview();
    await send('director', id, 'endorse').expect(200);
    const workflow = temporal().workflow.getHandle(partnershipWorkflowId(id));
    const { capacity } = await eventually(
      () => workflow.query(workflowState),
      (state) => state.capacity !== undefined,
      `the capacity check of partnership ${id} to finish`,
    );
    if (capacity?.outcome !== 'fail') throw new Error(`the capacity check gave ${capacity?.outcome}, not fail`);
    return id;
  }

  async function decided(decision: Record<string, unknown>): Promise<string> {
    const id = await awaitingCabinet();
    await send('clerk', id, 'cabinet-decision', decisionBody(decision)).expect(200);
    return id;
  }

  const inCallInWindow = () => decided({ subjectToCallIn: true, decisionDate: today(), publicationDate: today(), meetingDate: today() });
  const inSignOff = () => decided({});
  const active = () => walkToActive(server(), { ...party, supportedChief: party.bucksChief });

  return {
    draft,
    inOfficerReview,
    awaitingCabinet,
    failingInOfficerReview,
    failedCapacityCheck,
    decided,
    inCallInWindow,
    inSignOff,
    active,
  };
}
