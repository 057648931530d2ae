import { addDays, addMonths, addWorkingDays, englandAndWalesCalendar, startOfDay, weekdaysBeyondCoverage, type IsoDate } from '#domain';
import { eventually } from '../../../test/support/eventually.js';
import { insertDraftPartnership, insertIntervention, insertSecondment } from '../../../test/support/partnership-rows.js';
import { startTimeSkippingPartnerships, type TimeSkippingPartnerships } from '../../../test/support/time-skipping-partnerships.js';
import {
  callInDecision,
  endorsePartnership,
  partnershipWorkflowId,
  recordCabinetDecision,
  recordReview,
  recordScrutinyOutcome,
  requestExit,
  signPartnership,
  submitPartnership,
  workflowState,
  type ActiveLifeState,
  type CabinetDecisionInput,
} from './partnership.contract.js';

const LEAD = 'E10000014';
const SUPPORTED = 'E10000002';
const FIVE_MEMBERS = ['Cllr Brown', 'Cllr Davies', 'Cllr Foster', 'Cllr Hughes', 'Cllr Khan'];

describe('the partnership workflow’s timers, on the time-skipping test server', () => {
  let stack: TimeSkippingPartnerships;

  beforeAll(async () => {
    stack = await startTimeSkippingPartnerships();
  });

  afterAll(async () => {
    await stack?.close();
  });

  const handle = (id: string) => stack.env.client.workflow.getHandle(partnershipWorkflowId(id));
  const stateOf = (id: string) => handle(id).query(workflowState);

  const untilStage = (id: string, stage: string) =>
    eventually(
      async () => (await stateOf(id)).stage,
      (current) => current === stage,
      `partnership ${id} never reached ${stage}`,
    );

  async function auditActions(id: string): Promise<string[]> {
    const result = await stack.sql.query<{ action: string }>(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`, [id]);
    return result.rows.map((row) => row.action);
  }

  /** The types of the events the feed and webhooks carry about a partnership (or its decision), in order. */
  async function eventsAbout(id: string): Promise<string[]> {
    const result = await stack.sql.query<{ type: string }>(
      `SELECT type FROM domain_event
       WHERE subject_id = $1 OR subject_id IN (SELECT id::text FROM decision_record WHERE partnership_id = $1::uuid) ORDER BY id`,
      [id],
    );
    return result.rows.map((row) => row.type);
  }

  const untilAudited = (id: string, action: string, times = 1) =>
    eventually(
      () => auditActions(id),
      (actions) => actions.filter((candidate) => candidate === action).length >= times,
      `${action} never audited for ${id}`,
    );

  /** Moves the test server's clock to `day` at `hour` (UTC; a minute past), firing every timer on the way. */
  async function skipTo(day: IsoDate, hour = 0): Promise<void> {
    const now = await stack.env.currentTimeMs();
    await stack.env.sleep(Math.max(startOfDay(day) + hour * 3_600_000 + 60_000 - now, 1));
  }

  async function decision(overrides: Partial<CabinetDecisionInput> = {}): Promise<CabinetDecisionInput> {
    const today = await stack.today();
    return {
      title: 'Children’s services improvement partnership with Buckinghamshire',
      decisionMaker: 'cabinet',
      decisionText: 'That Cabinet approves the partnership.',
      status: 'recommendations_approved',
      isKeyDecision: false,
      subjectToCallIn: false,
      decisionDate: today,
      publicationDate: today,
      ...overrides,
    };
  }

  async function draft(fields: { months?: number; interventionId?: string } = {}): Promise<string> {
    const today = await stack.today();
    const id = await insertDraftPartnership(stack.sql, {
      start: today,
      end: addMonths(today, fields.months ?? 24),
      interventionId: fields.interventionId,
    });
    await stack.start(id);
    return id;
  }

  async function toCabinet(id: string): Promise<void> {
    await handle(id).executeUpdate(submitPartnership, { args: [{}] });
    await handle(id).executeUpdate(endorsePartnership, { args: [{}] });
    await untilStage(id, 'cabinet_decision');
  }

  /** Signed by both chief executives, and its active life planned (that follows the signature by a moment). */
  async function toActive(id: string): Promise<ActiveLifeState> {
    await toCabinet(id);
    await handle(id).executeUpdate(recordCabinetDecision, { args: [{ decision: await decision() }] });
    await handle(id).executeUpdate(signPartnership, { args: [{ councilCode: SUPPORTED }] });
    await expect(handle(id).executeUpdate(signPartnership, { args: [{ councilCode: LEAD }] })).resolves.toEqual({ stage: 'active' });
    const state = await eventually(
      () => stateOf(id),
      (current) => current.activeLife !== undefined,
      'the active life was never planned',
    );
    return state.activeLife as ActiveLifeState;
  }

  async function decisionStatus(id: string): Promise<string> {
    const result = await stack.sql.query<{ status: string }>(`SELECT status FROM decision_record WHERE partnership_id = $1`, [id]);
    return result.rows[0].status;
  }

  describe('the call-in window', () => {
    async function inCallInWindow(): Promise<{ id: string; closesAt: number }> {
      const id = await draft();
      await toCabinet(id);
      const moved = await handle(id).executeUpdate(recordCabinetDecision, {
        args: [{ decision: await decision({ subjectToCallIn: true }) }],
      });
      expect(moved).toEqual({ stage: 'call_in_window' });
      return { id, closesAt: (await stateOf(id)).decision?.callInClosesAtMs as number };
    }

    it('goes on to sign-off by itself when five working days pass without a call-in', async () => {
      const { id, closesAt } = await inCallInWindow();
      await stack.env.sleep(closesAt - (await stack.env.currentTimeMs()) - 3_600_000);
      await expect(stateOf(id)).resolves.toMatchObject({ stage: 'call_in_window' });
      await stack.env.sleep(2 * 3_600_000);
      await untilStage(id, 'sign_off');
      const change = await stack.sql.query(
        `SELECT comment FROM partnership_stage_change WHERE partnership_id = $1 ORDER BY sequence DESC`,
        [id],
      );
      expect(change.rows[0].comment).toBe('call-in period ended without a call-in');
    });

    it('holds a called-in decision past the deadline until scrutiny releases it, which restores its status', async () => {
      const { id, closesAt } = await inCallInWindow();
      await expect(handle(id).executeUpdate(callInDecision, { args: [{ members: FIVE_MEMBERS.slice(0, 4) }] })).rejects.toMatchObject({
        cause: { type: 'InvalidActionRequest', message: 'a call-in needs 5 members of the council; 4 named' },
      });
      await handle(id).executeUpdate(callInDecision, { args: [{ members: FIVE_MEMBERS }] });
      await expect(decisionStatus(id)).resolves.toBe('called_in');
      await stack.env.sleep(closesAt - (await stack.env.currentTimeMs()) + 10 * 86_400_000);
      await expect(stateOf(id)).resolves.toMatchObject({ stage: 'call_in_window', callInLodged: true });
      await expect(handle(id).executeUpdate(recordScrutinyOutcome, { args: [{ outcome: 'released' }] })).resolves.toEqual({
        stage: 'sign_off',
      });
      await expect(decisionStatus(id)).resolves.toBe('recommendations_approved');
      expect((await eventsAbout(id)).filter((type) => type === 'decision.status_changed')).toHaveLength(2);
      // Released by scrutiny, not moved on by the deadline's timer while the call-in was open.
      const changes = await stack.sql.query<{ from_stage: string; to_stage: string; comment: string | null }>(
        `SELECT from_stage, to_stage, comment FROM partnership_stage_change WHERE partnership_id = $1 ORDER BY sequence`,
        [id],
      );
      expect(changes.rows.slice(-2).map((change) => `${change.from_stage} → ${change.to_stage}`)).toEqual([
        'cabinet_decision → call_in_window',
        'call_in_window → sign_off',
      ]);
      expect(changes.rows.map((change) => change.comment)).not.toContain('call-in period ended without a call-in');
    });

    it('sends a decision referred back by scrutiny to Cabinet again, still marked called in', async () => {
      const { id } = await inCallInWindow();
      await handle(id).executeUpdate(callInDecision, { args: [{ members: FIVE_MEMBERS }] });
      await expect(handle(id).executeUpdate(recordScrutinyOutcome, { args: [{ outcome: 'referred_back' }] })).resolves.toEqual({
        stage: 'cabinet_decision',
      });
      await expect(decisionStatus(id)).resolves.toBe('called_in');
    });
  });

  it('reminds the chief executives after 5 working days, then escalates to the leaders after 10, once each, while a signature is missing', async () => {
    const id = await draft();
    await toCabinet(id);
    await handle(id).executeUpdate(recordCabinetDecision, { args: [{ decision: await decision() }] });
    await handle(id).executeUpdate(signPartnership, { args: [{ councilCode: SUPPORTED }] });
    const opened = await stack.today();
    // The lead council's default periods; past the published bank holidays, weekdays count.
    const calendar = weekdaysBeyondCoverage(englandAndWalesCalendar());
    const reminderDay = addWorkingDays(opened, 5, calendar);
    const escalationDay = addWorkingDays(opened, 10, calendar);
    await skipTo(reminderDay, 8);
    expect(await auditActions(id)).not.toContain('partnership.sign_off_reminder');
    await skipTo(reminderDay, 10);
    await untilAudited(id, 'partnership.sign_off_reminder');
    await skipTo(escalationDay, 8);
    expect(await auditActions(id)).not.toContain('partnership.sign_off_escalated');
    await skipTo(escalationDay, 10);
    await untilAudited(id, 'partnership.sign_off_escalated');
    await skipTo(addDays(escalationDay, 20));
    await expect(handle(id).executeUpdate(signPartnership, { args: [{ councilCode: LEAD }] })).resolves.toEqual({ stage: 'active' });
    const actions = await auditActions(id);
    expect(actions.filter((action) => action === 'partnership.sign_off_reminder')).toHaveLength(1);
    expect(actions.filter((action) => action === 'partnership.sign_off_escalated')).toHaveLength(1);
    expect(actions.filter((action) => action === 'partnership.signed')).toHaveLength(2);
    expect((await eventsAbout(id)).filter((type) => type === 'partnership.sign_off_overdue')).toHaveLength(2);
  });

  it('puts an active partnership under review each quarter; recording the review makes it active until the next', async () => {
    const id = await draft();
    const today = await stack.today();
    expect((await toActive(id)).nextReviewOn).toBe(addMonths(today, 3));
    await skipTo(addMonths(today, 3));
    await untilStage(id, 'under_review');
    const reviewedOn = await stack.today();
    const review = { kind: 'periodic', reviewDate: reviewedOn, ragRating: 'amber', findings: 'Caseloads falling' } as const;
    await expect(handle(id).executeUpdate(recordReview, { args: [{ review }] })).resolves.toEqual({ stage: 'active' });
    expect((await stateOf(id)).activeLife?.nextReviewOn).toBe(addMonths(reviewedOn, 3));
    const due = await stack.sql.query(`SELECT due_on::text, status FROM partnership_due_date WHERE partnership_id = $1 ORDER BY due_on`, [
      id,
    ]);
    expect(due.rows).toEqual([
      { due_on: addMonths(today, 3), status: 'met' },
      { due_on: addMonths(reviewedOn, 3), status: 'upcoming' },
    ]);
    await skipTo(addMonths(reviewedOn, 3));
    await untilStage(id, 'under_review');
    expect((await eventsAbout(id)).filter((type) => type === 'partnership.review_due')).toHaveLength(2);
  });

  it('reminds five working days before the commissioner’s deadline and the action plan, and marks each day when it comes', async () => {
    const today = await stack.today();
    const interventionId = await insertIntervention(stack.sql, {
      judgement: 'inadequate',
      judgedOn: addDays(today, -80), // the action plan falls due about 18 days from now
      reviewDeadline: addDays(today, 30),
    });
    const id = await draft({ interventionId });
    const { clocks } = await toActive(id);
    expect(clocks.map((clock) => clock.kind).slice(0, 2)).toEqual(['action_plan', 'commissioner_review']);
    await skipTo(addDays(today, 31));
    await untilAudited(id, 'partnership.due_date_reached', 2);
    const reminders = await stack.sql.query(
      `SELECT after->>'kind' AS kind, action FROM audit_event WHERE target_id = $1 AND action LIKE 'partnership.due_date%' ORDER BY id`,
      [id],
    );
    expect(reminders.rows).toEqual([
      { kind: 'action_plan', action: 'partnership.due_date_reminder' },
      { kind: 'action_plan', action: 'partnership.due_date_reached' },
      { kind: 'commissioner_review', action: 'partnership.due_date_reminder' },
      { kind: 'commissioner_review', action: 'partnership.due_date_reached' },
    ]);
    const rows = await stack.sql.query(`SELECT kind, status FROM partnership_due_date WHERE partnership_id = $1 AND status = 'due'`, [id]);
    expect(rows.rows.map((row) => row.kind).sort()).toEqual(['action_plan', 'commissioner_review']);
  });

  it('starts a secondment on its first day and, on the planned end date, ends it there and completes the partnership', async () => {
    const today = await stack.today();
    const id = await draft({ months: 2 });
    const secondmentId = await insertSecondment(stack.sql, id, { start: addDays(today, 10), end: addMonths(today, 6), status: 'approved' });
    await toActive(id);
    const secondment = () => stack.sql.query(`SELECT status, end_date::text FROM secondment WHERE id = $1`, [secondmentId]);
    expect((await secondment()).rows[0].status).toBe('approved');
    await skipTo(addDays(today, 10));
    await eventually(
      async () => (await secondment()).rows[0].status,
      (status) => status === 'active',
      'the secondment never started',
    );
    await skipTo(addMonths(today, 2));
    await untilStage(id, 'completed');
    expect((await secondment()).rows[0]).toEqual({ status: 'ended', end_date: addMonths(today, 2) });
    await expect(handle(id).result()).resolves.toEqual({ stage: 'completed' });
    // The review that would have fallen due a quarter on closes with the partnership.
    const due = await stack.sql.query(`SELECT kind, status FROM partnership_due_date WHERE partnership_id = $1`, [id]);
    expect(due.rows).toEqual([{ kind: 'periodic_review', status: 'cancelled' }]);
  });

  it('runs the hand-back period after the lead council’s notice, then ends the secondments on its last day', async () => {
    const today = await stack.today();
    const id = await draft();
    const secondmentId = await insertSecondment(stack.sql, id, { start: today, end: addMonths(today, 12), status: 'approved' });
    await toActive(id);
    const handBackUntil = addDays(today, 45);
    await expect(
      handle(id).executeUpdate(requestExit, { args: [{ trigger: 'notice', reason: 'Hampshire gives notice', handBackUntil }] }),
    ).resolves.toEqual({ stage: 'exiting' });
    await skipTo(addDays(today, 20));
    await expect(stateOf(id)).resolves.toMatchObject({ stage: 'exiting' });
    await skipTo(handBackUntil);
    await untilStage(id, 'completed');
    const row = await stack.sql.query(`SELECT status, end_date::text FROM secondment WHERE id = $1`, [secondmentId]);
    expect(row.rows[0]).toEqual({ status: 'ended', end_date: handBackUntil });
  });
});
