import request from 'supertest';
import { setTimeout as delay } from 'node:timers/promises';
import { addMonths, dateOfInstant, type PartnershipStage } from '../libs/domain/src/index.js';
import { workflowState } from '../libs/workflows/src/partnership.contract.js';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { cabinetDecision } from './support/decision.builder.js';
import { livePeriod, partnershipRequest } from './support/partnership.builder.js';
import { act, stageOf, waitForStage, walkToActive } from './support/partnership-walk.js';

type Who = 'chief' | 'director' | 'clerk' | 'scrutiny' | 'hr' | 'bucksChief';
type Action = keyof typeof ACTIONS;

const FIVE_MEMBERS = ['Cllr Brown', 'Cllr Davies', 'Cllr Foster', 'Cllr Hughes', 'Cllr Khan'];
const today = () => dateOfInstant(Date.now());
const decisionBody = (overrides: Record<string, unknown> = {}) => {
  const { councilCode: _council, ...decision } = cabinetDecision(overrides);
  return decision;
};

/** Each action with a valid body, a role its endpoint allows (`by`) and one it does not (`notBy`). */
const ACTIONS = {
  submit: { by: 'chief', notBy: 'clerk', body: () => ({}) },
  withdraw: { by: 'chief', notBy: 'scrutiny', body: () => ({}) },
  endorse: { by: 'director', notBy: 'chief', body: () => ({}) },
  'send-back': { by: 'director', notBy: 'hr', body: () => ({ comment: 'Find cover first' }) },
  'override-capacity': { by: 'chief', notBy: 'director', body: () => ({ reason: 'The team recovers when Torbay support ends' }) },
  'cabinet-decision': { by: 'clerk', notBy: 'chief', body: () => decisionBody() },
  'call-in': { by: 'scrutiny', notBy: 'clerk', body: () => ({ members: FIVE_MEMBERS }) },
  'scrutiny-outcome': { by: 'scrutiny', notBy: 'chief', body: () => ({ outcome: 'released' }) },
  sign: { by: 'chief', notBy: 'director', body: () => ({}) },
  'request-exit': { by: 'chief', notBy: 'director', body: () => ({ trigger: 'long_term_solution', reason: 'A lasting arrangement' }) },
  'record-review': {
    by: 'director',
    notBy: 'scrutiny',
    body: () => ({ kind: 'periodic', reviewDate: '2019-01-15', ragRating: 'amber', findings: 'Caseloads still high' }),
  },
} satisfies Record<string, { by: Who; notBy: Who; body: () => object }>;

interface StageCase {
  name: string;
  stage: PartnershipStage;
  /** The actions the design allows here; every other one must be refused. */
  allows: Action[];
  /** Where the workflow's refusal gives a reason other than the stage's name. */
  reasons?: Partial<Record<Action, string>>;
}

const STAGE_CASES: StageCase[] = [
  { name: 'a draft', stage: 'draft', allows: ['submit', 'withdraw'] },
  { name: 'officer review', stage: 'officer_review', allows: ['endorse', 'send-back', 'withdraw'] },
  { name: 'a failed capacity check', stage: 'capacity_check', allows: ['send-back', 'override-capacity', 'withdraw'] },
  { name: 'a Cabinet decision awaited', stage: 'cabinet_decision', allows: ['cabinet-decision', 'withdraw'] },
  {
    name: 'an open call-in window',
    stage: 'call_in_window',
    allows: ['call-in', 'withdraw'],
    reasons: { 'scrutiny-outcome': 'no call-in for scrutiny to decide' },
  },
  {
    name: 'a called-in decision',
    stage: 'call_in_window',
    allows: ['scrutiny-outcome', 'withdraw'],
    reasons: { 'call-in': 'already been called in' },
  },
  { name: 'sign-off with one signature', stage: 'sign_off', allows: ['sign', 'withdraw'] },
  { name: 'an active partnership', stage: 'active', allows: ['request-exit', 'record-review'] },
  { name: 'a partnership exiting on notice', stage: 'exiting', allows: [] },
  { name: 'a completed partnership', stage: 'completed', allows: [] },
  { name: 'a rejected partnership', stage: 'rejected', allows: [] },
  { name: 'a withdrawn partnership', stage: 'withdrawn', allows: [] },
];

const caseNamed = (name: string) => STAGE_CASES.find((stageCase) => stageCase.name === name) as StageCase;

describe('the actions each stage allows', () => {
  let accord: AccordTestApp;
  const keys = {} as Record<Who, TestKey>;
  const server = () => accord.app.getHttpServer();

  beforeAll(async () => {
    accord = await startAccordTestApp();
    const url = accord.database.url;
    for (const [who, role] of [
      ['chief', 'chief_executive'],
      ['director', 'director'],
      ['clerk', 'democratic_services'],
      ['scrutiny', 'scrutiny'],
      ['hr', 'hr'],
    ] as const) {
      keys[who] = await createTestKey(url, { role, councilCode: HAMPSHIRE });
    }
    keys.bucksChief = await createTestKey(url, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const send = (who: Who, id: string, action: string, body: object = {}) => act(server(), keys[who], id, action, body);
  const workflowOf = (id: string) => accord.temporal.workflow.getHandle(`partnership-${id}`);

  /** The history length once the workflow has nothing in flight, so that only a refused action could grow it. */
  async function settledHistoryLength(id: string): Promise<number> {
    for (let attempt = 0; attempt < 150; attempt += 1) {
      const { historyLength, raw } = await workflowOf(id).describe();
      if (!raw.pendingWorkflowTask && (raw.pendingActivities ?? []).length === 0) return historyLength;
      await delay(100);
    }
    throw new Error(`the workflow of partnership ${id} never settled`);
  }

  async function draft(overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await request(server())
      .post('/api/v1/partnerships')
      .auth(keys.chief.key, { type: 'bearer' })
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
    await waitForStage(server(), keys.chief, id, 'cabinet_decision');
    return id;
  }

  /** A one-post team with a 0.85 floor: half its practitioner lent out fails the check, which then waits. */
  async function failingCapacityCheck(): Promise<string> {
    const hr = (path: string, body: object) => request(server()).post(path).auth(keys.hr.key, { type: 'bearer' }).send(body).expect(201);
    const team = await hr('/api/v1/teams', { councilCode: HAMPSHIRE, name: 'Small team', establishmentFte: 1, retentionFloor: 0.85 });
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
    await send('director', id, 'endorse').expect(200);
    for (let attempt = 0; attempt < 150; attempt += 1) {
      const state = await workflowOf(id).query(workflowState);
      if (state.capacity) {
        if (state.capacity.outcome !== 'fail') throw new Error(`the capacity check gave ${state.capacity.outcome}, not fail`);
        return id;
      }
      await delay(100);
    }
    throw new Error(`the capacity check of partnership ${id} never finished`);
  }

  async function decided(decision: Record<string, unknown>): Promise<string> {
    const id = await awaitingCabinet();
    await send('clerk', id, 'cabinet-decision', decisionBody(decision)).expect(200);
    return id;
  }

  const callInWindow = () => decided({ subjectToCallIn: true, decisionDate: today(), publicationDate: today(), meetingDate: today() });
  const active = () => walkToActive(server(), { ...keys, supportedChief: keys.bucksChief });
  const exitRequested = async (body: object) => {
    const id = await active();
    await send('chief', id, 'request-exit', body).expect(200);
    return id;
  };

  const REACH: Record<string, () => Promise<string>> = {
    'a draft': () => draft(),
    'officer review': inOfficerReview,
    'a failed capacity check': failingCapacityCheck,
    'a Cabinet decision awaited': awaitingCabinet,
    'an open call-in window': callInWindow,
    'a called-in decision': async () => {
      const id = await callInWindow();
      await send('scrutiny', id, 'call-in', { members: FIVE_MEMBERS }).expect(200);
      return id;
    },
    'sign-off with one signature': async () => {
      const id = await decided({});
      await send('bucksChief', id, 'sign').expect(200);
      return id;
    },
    'an active partnership': active,
    'a partnership exiting on notice': () =>
      exitRequested({ trigger: 'notice', reason: 'Hampshire gives notice', handBackUntil: addMonths(today(), 3) }),
    'a completed partnership': () => exitRequested(ACTIONS['request-exit'].body()),
    'a rejected partnership': () => decided({ status: 'rejected' }),
    'a withdrawn partnership': async () => {
      const id = await draft();
      await send('chief', id, 'withdraw').expect(200);
      return id;
    },
  };

  /** Reaches the case's stage and returns the partnership with its settled history length. */
  async function partnershipIn({ name, stage }: StageCase): Promise<{ id: string; historyLength: number }> {
    const id = await REACH[name]();
    await waitForStage(server(), keys.chief, id, stage);
    return { id, historyLength: await settledHistoryLength(id) };
  }

  async function expectUntouched(id: string, stage: PartnershipStage, historyLength: number): Promise<void> {
    await expect(stageOf(server(), keys.chief, id)).resolves.toBe(stage);
    await expect(
      workflowOf(id)
        .describe()
        .then((description) => description.historyLength),
    ).resolves.toBe(historyLength);
  }

  const EVERY_ACTION = Object.keys(ACTIONS) as Action[];

  it.each(STAGE_CASES)('refuses every action $name does not allow, leaving its workflow untouched', async (stageCase) => {
    const { id, historyLength } = await partnershipIn(stageCase);
    const refusedHere = EVERY_ACTION.filter((action) => !stageCase.allows.includes(action));
    for (const action of refusedHere) {
      const { by, body } = ACTIONS[action];
      const refused = await send(by, id, action, body());
      const { code, detail } = refused.body;
      expect({ action, status: refused.status, contentType: refused.type, code, detail }).toEqual({
        action,
        status: 409,
        contentType: 'application/problem+json',
        code: 'stage_action_not_allowed',
        detail: expect.stringContaining(stageCase.reasons?.[action] ?? stageCase.stage),
      });
      await expectUntouched(id, stageCase.stage, historyLength);
    }
  });

  it.each([caseNamed('a Cabinet decision awaited'), caseNamed('an active partnership')])(
    'refuses every action to a role that may not take it, in $name, leaving its workflow untouched',
    async (stageCase) => {
      const { id, historyLength } = await partnershipIn(stageCase);
      for (const action of EVERY_ACTION) {
        const { notBy, body } = ACTIONS[action];
        const refused = await send(notBy, id, action, body());
        expect({ action, status: refused.status, contentType: refused.type, code: refused.body.code }).toEqual({
          action,
          status: 403,
          contentType: 'application/problem+json',
          code: expect.any(String),
        });
        await expectUntouched(id, stageCase.stage, historyLength);
      }
    },
  );
});
