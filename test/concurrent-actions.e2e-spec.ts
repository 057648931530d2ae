import { randomUUID } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { dateOfInstant } from '#domain';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { livePeriod, partnershipRequest } from './support/partnership.builder.js';
import { createStageParty, decisionBody, FIVE_MEMBERS, partnershipStages } from './support/partnership-stages.js';
import { eventually } from './support/eventually.js';
import { countRows } from './support/count-rows.js';
import { holdLock, waitUntilBlocked } from './support/held-locks.js';
import { settledWorkflow } from './support/settled-workflow.js';
import { stageOf, waitForStage } from './support/partnership-walk.js';

type Who = 'chief' | 'director' | 'clerk' | 'scrutiny' | 'hr' | 'bucksChief';

const BURST = 5;
const today = () => dateOfInstant(Date.now());

/**
 * Double clicks, retries with fresh keys and two people acting at once: however many copies of
 * an action arrive together, the partnership changes once, the rest are refused with 409, and
 * the workflow goes on (nothing left retrying, the next action accepted).
 */
describe('actions arriving at the same moment on one partnership', () => {
  let accord: AccordTestApp;
  let sql: pg.Client;
  const keys = {} as Record<Who, TestKey>;
  const server = () => accord.app.getHttpServer();

  beforeAll(async () => {
    accord = await startAccordTestApp();
    await createStageParty(accord.database.url, keys);
    sql = new pg.Client({ connectionString: accord.database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await accord?.close();
  });

  const send = (who: Who, id: string, action: string, body: object = {}) =>
    request(server())
      .post(`/api/v1/partnerships/${id}/actions/${action}`)
      .auth(keys[who].key, { type: 'bearer' })
      .set('Idempotency-Key', `burst-${randomUUID()}`)
      .send(body);

  /** Sends the same action `BURST` times at once, each with its own Idempotency-Key. */
  async function burst(who: Who, id: string, action: string, body: object = {}) {
    const answers = await Promise.all(Array.from({ length: BURST }, () => send(who, id, action, body)));
    return {
      accepted: answers.filter((answer) => answer.status === 200),
      refused: answers.filter((answer) => answer.status !== 200),
    };
  }

  function expectOneWinner(outcome: Awaited<ReturnType<typeof burst>>, stage: string): void {
    expect(outcome.accepted.map((answer) => answer.body.stage)).toEqual([stage]);
    for (const refusal of outcome.refused) {
      expect({ status: refusal.status, type: refusal.type, code: refusal.body.code }).toEqual({
        status: 409,
        type: 'application/problem+json',
        code: expect.stringMatching(/^(stage_change_in_progress|stage_action_not_allowed)$/),
      });
      expect(refusal.body.detail).toEqual(expect.any(String));
    }
  }

  const count = (query: string, id: string) => countRows(accord.database.url, query, [id]);
  const stageChangesTo = (id: string, stage: string) =>
    sql
      .query(`SELECT count(*)::int AS n FROM partnership_stage_change WHERE partnership_id = $1 AND to_stage = $2`, [id, stage])
      .then((result) => result.rows[0].n as number);
  const signatures = (id: string) => count(`SELECT count(*)::int AS n FROM partnership_signature WHERE partnership_id = $1`, id);
  /**
   * Waits until the workflow has nothing in flight, failing if an activity is being retried:
   * a stage change that cannot be written must fail once, not loop.
   */
  const expectSettled = (id: string) => settledWorkflow(accord.temporal, id);

  const { draft, inOfficerReview, awaitingCabinet, failingInOfficerReview, failedCapacityCheck, inCallInWindow, inSignOff, active } =
    partnershipStages(server, keys, () => accord.temporal);

  it('submits once', async () => {
    const id = await draft();
    expectOneWinner(await burst('chief', id, 'submit'), 'officer_review');
    await expectSettled(id);
    expect(await stageChangesTo(id, 'officer_review')).toBe(1);
    await send('director', id, 'endorse').expect(200);
  });

  it('answers a crowd beyond what the workflow queues with 409 too, never a server error', async () => {
    const id = await awaitingCabinet();
    const answers = await Promise.all(Array.from({ length: 14 }, () => send('clerk', id, 'cabinet-decision', decisionBody())));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    const refusals = answers.filter((answer) => answer.status !== 200).map((answer) => `${answer.status} ${answer.body.code}`);
    expect(refusals.filter((refusal) => !/^409 (stage_change_in_progress|stage_action_not_allowed)$/.test(refusal))).toEqual([]);
    await expectSettled(id);
    expect(await count(`SELECT count(*)::int AS n FROM decision_record WHERE partnership_id = $1`, id)).toBe(1);
  });

  it('withdraws once', async () => {
    const id = await inOfficerReview();
    expectOneWinner(await burst('chief', id, 'withdraw'), 'withdrawn');
    await expectSettled(id);
    expect(await stageChangesTo(id, 'withdrawn')).toBe(1);
    await expect(stageOf(server(), keys.chief, id)).resolves.toBe('withdrawn');
  });

  it('endorses once, and the capacity check runs once and moves on to Cabinet', async () => {
    const id = await inOfficerReview();
    expectOneWinner(await burst('director', id, 'endorse'), 'capacity_check');
    await waitForStage(server(), keys.chief, id, 'cabinet_decision');
    await expectSettled(id);
    expect(await stageChangesTo(id, 'capacity_check')).toBe(1);
    expect(await stageChangesTo(id, 'cabinet_decision')).toBe(1);
  });

  it('sends back once', async () => {
    const id = await inOfficerReview();
    expectOneWinner(await burst('director', id, 'send-back', { comment: 'Find cover first' }), 'draft');
    await expectSettled(id);
    expect(await stageChangesTo(id, 'draft')).toBe(1);
    await send('chief', id, 'submit').expect(200);
  });

  it('overrides a failed capacity check once', async () => {
    const id = await failedCapacityCheck();
    expectOneWinner(await burst('chief', id, 'override-capacity', { reason: 'The team recovers next month' }), 'cabinet_decision');
    await expectSettled(id);
    expect(await stageChangesTo(id, 'cabinet_decision')).toBe(1);
    await send('clerk', id, 'cabinet-decision', decisionBody()).expect(200);
  });

  it('records one Cabinet decision, and sign-off opens once', async () => {
    const id = await awaitingCabinet();
    expectOneWinner(await burst('clerk', id, 'cabinet-decision', decisionBody()), 'sign_off');
    await expectSettled(id);
    expect(await count(`SELECT count(*)::int AS n FROM decision_record WHERE partnership_id = $1`, id)).toBe(1);
    expect(await stageChangesTo(id, 'sign_off')).toBe(1);
    await send('bucksChief', id, 'sign').expect(200);
  });

  it('calls a decision in once', async () => {
    const id = await inCallInWindow();
    expectOneWinner(await burst('scrutiny', id, 'call-in', { members: FIVE_MEMBERS }), 'call_in_window');
    await expectSettled(id);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event a JOIN decision_record d ON d.id::text = a.target_id
         WHERE d.partnership_id = $1 AND a.action = 'decision_record.called_in'`,
        id,
      ),
    ).toBe(1);
    await send('scrutiny', id, 'scrutiny-outcome', { outcome: 'released' }).expect(200);
  });

  it('records the scrutiny outcome once, and sign-off opens once', async () => {
    const id = await inCallInWindow();
    await send('scrutiny', id, 'call-in', { members: FIVE_MEMBERS }).expect(200);
    expectOneWinner(await burst('scrutiny', id, 'scrutiny-outcome', { outcome: 'released' }), 'sign_off');
    await expectSettled(id);
    expect(await stageChangesTo(id, 'sign_off')).toBe(1);
    await send('bucksChief', id, 'sign').expect(200);
  });

  it('takes one signature per council, and the second council’s makes it active', async () => {
    const id = await inSignOff();
    expectOneWinner(await burst('chief', id, 'sign'), 'sign_off');
    await expectSettled(id);
    expect(await signatures(id)).toBe(1);
    await expect(send('bucksChief', id, 'sign').expect(200)).resolves.toMatchObject({ body: { stage: 'active' } });
  });

  it('takes the last signature or a withdrawal arriving together, never both', async () => {
    const id = await inSignOff();
    await send('bucksChief', id, 'sign').expect(200);
    const [signed, withdrawn] = await Promise.all([send('chief', id, 'sign'), send('chief', id, 'withdraw')]);
    expect([signed.status, withdrawn.status].sort()).toEqual([200, 409]);
    await expectSettled(id);
    const winner = signed.status === 200 ? 'active' : 'withdrawn';
    await expect(stageOf(server(), keys.chief, id)).resolves.toBe(winner);
    expect(await stageChangesTo(id, 'active')).toBe(winner === 'active' ? 1 : 0);
    expect(await stageChangesTo(id, 'withdrawn')).toBe(winner === 'withdrawn' ? 1 : 0);
    expect(await signatures(id)).toBe(winner === 'active' ? 2 : 1);
  });

  it('records one review of a kind on a day', async () => {
    const id = await active();
    const review = { kind: 'periodic', reviewDate: today(), ragRating: 'amber', findings: 'Caseloads still high' };
    expectOneWinner(await burst('director', id, 'record-review', review), 'active');
    await expectSettled(id);
    expect(await count(`SELECT count(*)::int AS n FROM review WHERE partnership_id = $1`, id)).toBe(1);
    await send('director', id, 'record-review', { ...review, kind: 'commissioner' }).expect(200);
  });

  it('lets an action for the stage the workflow is moving into wait for the move, not refuse it', async () => {
    const id = await inOfficerReview();
    await send('director', id, 'endorse').expect(200);
    // The capacity check passes and its move to the Cabinet stage is held half-written.
    const row = await holdLock(accord.database.url, 'SELECT 1 FROM partnership WHERE id = $1 FOR NO KEY UPDATE', [id]);
    try {
      await waitUntilBlocked(accord.database.url, 'UPDATE partnership SET stage');
      const decision = send('clerk', id, 'cabinet-decision', decisionBody()).then((answer) => answer);
      await waitForAcceptedUpdates(id, 3);
      await row.release();
      await expect(decision).resolves.toMatchObject({ status: 200, body: { stage: 'sign_off' } });
    } finally {
      await row.release().catch(() => undefined);
    }
  });

  it.each([
    ['sends back', 'director', 'send-back', { comment: 'Find cover first' }, 'draft'],
    ['overrides', 'chief', 'override-capacity', { reason: 'Torbay support ends in June' }, 'cabinet_decision'],
  ] as const)(
    'lets an action that needs the capacity check’s verdict wait while the check runs, then %s',
    async (_what, who, action, body, stage) => {
      const id = await failingInOfficerReview();
      // The check's verdict is held half-written: its row cannot go in until the table lock goes.
      const table = await holdLock(accord.database.ownerUrl, 'LOCK TABLE partnership_capacity_check IN EXCLUSIVE MODE');
      try {
        await send('director', id, 'endorse').expect(200);
        await waitUntilBlocked(accord.database.url, 'INSERT INTO partnership_capacity_check');
        const answer = send(who, id, action, body).then((response) => response);
        await waitForAcceptedUpdates(id, 3);
        await table.release();
        await expect(answer).resolves.toMatchObject({ status: 200, body: { stage } });
      } finally {
        await table.release().catch(() => undefined);
      }
      await expectSettled(id);
    },
  );

  /** Waits until the workflow's history shows `count` accepted Updates. */
  async function waitForAcceptedUpdates(id: string, count: number): Promise<void> {
    const handle = accord.temporal.workflow.getHandle(`partnership-${id}`);
    await eventually(
      async () =>
        ((await handle.fetchHistory()).events ?? []).filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes).length,
      (accepted) => accepted >= count,
      `the workflow of partnership ${id} to accept ${count} actions`,
    );
  }

  it('takes one exit request, and the partnership completes once', async () => {
    const id = await active();
    expectOneWinner(
      await burst('chief', id, 'request-exit', { trigger: 'long_term_solution', reason: 'A lasting arrangement' }),
      'exiting',
    );
    await waitForStage(server(), keys.chief, id, 'completed');
    await expectSettled(id);
    expect(await stageChangesTo(id, 'exiting')).toBe(1);
    expect(await stageChangesTo(id, 'completed')).toBe(1);
  });
});

describe('a stage change the database cannot take', () => {
  let accord: AccordTestApp;
  let chief: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    chief = await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: HAMPSHIRE });
  });

  afterAll(async () => {
    await accord?.close();
  });

  it('fails the action at once with a clear problem, leaves the workflow where it was, and works again once repaired', async () => {
    const server = accord.app.getHttpServer();
    const created = await request(server)
      .post('/api/v1/partnerships')
      .auth(chief.key, { type: 'bearer' })
      .send(partnershipRequest(livePeriod()));
    const id = created.body.id as string;
    const sql = new pg.Client({ connectionString: accord.database.url });
    await sql.connect();
    try {
      // Someone changed the mirror by hand: the workflow's draft → officer review no longer fits it.
      await sql.query(`UPDATE partnership SET stage = 'sign_off' WHERE id = $1`, [id]);
      const refused = await request(server).post(`/api/v1/partnerships/${id}/actions/submit`).auth(chief.key, { type: 'bearer' }).send({});
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 500, code: 'partnership_record_out_of_step' });
      expect(refused.body.detail).toContain('is not in draft in the database');
      const { raw } = await accord.temporal.workflow.getHandle(`partnership-${id}`).describe();
      expect(raw.pendingActivities ?? []).toEqual([]);

      await sql.query(`UPDATE partnership SET stage = 'draft' WHERE id = $1`, [id]);
      const submitted = await request(server)
        .post(`/api/v1/partnerships/${id}/actions/submit`)
        .auth(chief.key, { type: 'bearer' })
        .send({});
      expect(submitted.status).toBe(200);
      expect(submitted.body.stage).toBe('officer_review');
    } finally {
      await sql.end();
    }
  });
});
