import type { Server } from 'node:http';
import request from 'supertest';
import type { TestKey } from './api-keys.js';
import { cabinetDecision } from './decision.builder.js';
import { eventually } from './eventually.js';
import { livePeriod, partnershipRequest } from './partnership.builder.js';

/** The people who take a partnership from draft to active: the lead council's, and the supported council's chief executive. */
export interface WalkingParty {
  chief: TestKey;
  director: TestKey;
  clerk: TestKey;
  supportedChief: TestKey;
}

/** The app's server in process, or the address of a running API (a balancer). */
export type Target = Server | string;

export const act = (server: Target, who: TestKey, id: string, action: string, body: object = {}) =>
  request(server).post(`/api/v1/partnerships/${id}/actions/${action}`).auth(who.key, { type: 'bearer' }).send(body);

export async function stageOf(server: Target, who: TestKey, id: string): Promise<string> {
  const read = await request(server).get(`/api/v1/partnerships/${id}`).auth(who.key, { type: 'bearer' }).expect(200);
  return read.body.stage as string;
}

/** The workflow moves on by itself after some actions (the capacity check, the call-in timer, exit). */
export async function waitForStage(server: Target, who: TestKey, id: string, stage: string, timeoutMs = 15_000): Promise<void> {
  await eventually(
    () => stageOf(server, who, id),
    (now) => now === stage,
    `partnership ${id} to reach ${stage}`,
    { timeoutMs },
  );
}

/** Creates a partnership running from today (unless overridden) and walks it over HTTP to active. */
export async function walkToActive(server: Target, party: WalkingParty, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await request(server)
    .post('/api/v1/partnerships')
    .auth(party.chief.key, { type: 'bearer' })
    .send(partnershipRequest({ ...livePeriod(), ...overrides }))
    .expect(201);
  const id = created.body.id as string;
  await act(server, party.chief, id, 'submit').expect(200);
  await act(server, party.director, id, 'endorse').expect(200);
  await waitForStage(server, party.chief, id, 'cabinet_decision');
  const { councilCode: _council, ...decision } = cabinetDecision();
  await act(server, party.clerk, id, 'cabinet-decision', decision).expect(200);
  await act(server, party.supportedChief, id, 'sign').expect(200);
  const signed = await act(server, party.chief, id, 'sign').expect(200);
  if (signed.body.stage !== 'active') throw new Error(`partnership ${id} is ${signed.body.stage} after both signatures`);
  return id;
}
