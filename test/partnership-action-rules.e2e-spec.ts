import { addMonths, dateOfInstant, type PartnershipStage } from '#domain';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import type { TestKey } from './support/api-keys.js';
import { act, stageOf, waitForStage } from './support/partnership-walk.js';
import { settledWorkflow } from './support/settled-workflow.js';
import { createStageParty, decisionBody, FIVE_MEMBERS, partnershipStages } from './support/partnership-stages.js';

type Who = 'chief' | 'director' | 'clerk' | 'scrutiny' | 'hr' | 'bucksChief';
type Action = keyof typeof ACTIONS;

const today = () => dateOfInstant(Date.now());

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
    await createStageParty(url, keys);
  });

  afterAll(async () => {
    await accord?.close();
  });

  const send = (who: Who, id: string, action: string, body: object = {}) => act(server(), keys[who], id, action, body);
  const workflowOf = (id: string) => accord.temporal.workflow.getHandle(`partnership-${id}`);

  /** The history length once the workflow has nothing in flight, so that only a refused action could grow it. */
  const settledHistoryLength = async (id: string) => (await settledWorkflow(accord.temporal, id)).historyLength;

  const stages = partnershipStages(server, keys, () => accord.temporal);
  const { draft, inOfficerReview, awaitingCabinet, decided, active } = stages;
  const callInWindow = stages.inCallInWindow;
  const exitRequested = async (body: object) => {
    const id = await active();
    await send('chief', id, 'request-exit', body).expect(200);
    return id;
  };

  const REACH: Record<string, () => Promise<string>> = {
    'a draft': () => draft(),
    'officer review': inOfficerReview,
    'a failed capacity check': stages.failedCapacityCheck,
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
