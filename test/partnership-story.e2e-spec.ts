import request from 'supertest';
import type { AccordClient, components, paths } from '#api-client';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';
import { cabinetDecision } from './support/decision.builder.js';
import { addMonths, addWorkingDays, dateOfInstant, englandAndWalesCalendar, weekdaysBeyondCoverage } from '#domain';
import { eventually } from './support/eventually.js';
import { listeningClient } from './support/listening-client.js';
import { livePeriod, partnershipRequest } from './support/partnership.builder.js';
import { countRows } from './support/count-rows.js';

const FIVE_MEMBERS = ['Cllr Brown', 'Cllr Davies', 'Cllr Foster', 'Cllr Hughes', 'Cllr Khan'];

type Schemas = components['schemas'];
type ActionPath = Extract<keyof paths, `/api/v1/partnerships/{id}/actions/${string}`>;
type ActionName = ActionPath extends `/api/v1/partnerships/{id}/actions/${infer Name}` ? Name : never;
/** What every partnership action answers: the stage the workflow decided, or problem details. */
interface ActionAnswer {
  data?: Schemas['StageActionResponse'];
  error?: Schemas['ProblemDetails'];
  response: Response;
}

/** The decision record's fields as democratic services send them for a partnership (council and partnership implied). */
function decisionFor(overrides: Record<string, unknown> = {}): Schemas['CabinetDecisionDto'] {
  const { councilCode: _council, ...decision } = cabinetDecision(overrides);
  return decision as Schemas['CabinetDecisionDto'];
}

const draft = (overrides: Record<string, unknown> = {}) => partnershipRequest(overrides) as Schemas['CreatePartnershipDto'];

/** The answer of a call that must end with `status` (the typed client's counterpart of supertest's `.expect`). */
async function expectAnswer<T extends { response: Response }>(call: Promise<T>, status: number): Promise<T> {
  const answer = await call;
  expect(answer.response.status).toBe(status);
  return answer;
}

describe('the Hampshire–Buckinghamshire story through the workflow', () => {
  let accord: AccordTestApp;
  const keys = {} as Record<'chief' | 'director' | 'clerk' | 'scrutiny' | 'bucksChief' | 'torbayChief' | 'hr' | 'commissioner', TestKey>;
  /** One typed client per key: every call reaches Accord as an integrator would, through the generated client. */
  const clients = new Map<string, AccordClient>();

  beforeAll(async () => {
    accord = await startAccordTestApp();
    const url = accord.database.url;
    keys.chief = await createTestKey(url, { role: 'chief_executive', name: 'Chief Executive, Hampshire' });
    keys.director = await createTestKey(url, { role: 'director', name: 'Director of Children’s Services, Hampshire' });
    keys.clerk = await createTestKey(url, { role: 'democratic_services' });
    keys.scrutiny = await createTestKey(url, { role: 'scrutiny' });
    keys.hr = await createTestKey(url, { role: 'hr' });
    keys.commissioner = await createTestKey(url, { role: 'commissioner', name: 'DfE Commissioner' });
    keys.bucksChief = await createTestKey(url, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE });
    keys.torbayChief = await createTestKey(url, { role: 'chief_executive', councilCode: TORBAY });
    for (const key of Object.values(keys)) clients.set(key.key, await listeningClient(accord.app, key.key));
  });

  afterAll(async () => {
    await accord?.close();
  });

  const as = (who: TestKey) => clients.get(who.key) as AccordClient;
  const act = (who: TestKey, id: string, action: ActionName, body: object = {}): Promise<ActionAnswer> =>
    as(who).POST(`/api/v1/partnerships/{id}/actions/${action}` as ActionPath, {
      params: { path: { id } },
      body: body as never,
    }) as Promise<ActionAnswer>;
  const stageOfAction = async (call: Promise<ActionAnswer>) => (await expectAnswer(call, 200)).data?.stage;

  async function detailOf(id: string, who: TestKey = keys.chief) {
    return (await expectAnswer(as(who).GET('/api/v1/partnerships/{id}', { params: { path: { id } } }), 200)).data!;
  }
  const stageOf = async (id: string) => (await detailOf(id)).stage;
  /** The workflow moves on by itself after some actions (the capacity check, the call-in timer, exit). */
  const waitForStage = (id: string, stage: string) =>
    eventually(
      () => stageOf(id),
      (now) => now === stage,
      `partnership ${id} to reach ${stage}`,
      { timeoutMs: 15_000 },
    );

  const today = () => dateOfInstant(Date.now());

  /** A Hampshire practitioner alone in a one-post team with a 0.4 floor: half of them may be lent out. */
  async function practitionerInTeamOfOne(name: string): Promise<string> {
    const team = await expectAnswer(
      as(keys.hr).POST('/api/v1/teams', { body: { councilCode: HAMPSHIRE, name, establishmentFte: 1, retentionFloor: 0.4 } }),
      201,
    );
    const member = await expectAnswer(
      as(keys.hr).POST('/api/v1/staff', {
        body: {
          teamId: team.data!.id,
          displayName: `Synthetic Staff of ${name}`,
          role: 'senior_practitioner',
          contractedFte: 1,
          employmentStart: '2015-01-05',
        },
      }),
      201,
    );
    return member.data!.id;
  }

  async function toCabinet(overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await expectAnswer(as(keys.chief).POST('/api/v1/partnerships', { body: draft(overrides) }), 201);
    const id = created.data!.id;
    await expectAnswer(act(keys.chief, id, 'submit'), 200);
    await expect(stageOfAction(act(keys.director, id, 'endorse', { comment: 'Endorsed by the DCS' }))).resolves.toBe('capacity_check');
    await waitForStage(id, 'cabinet_decision');
    return id;
  }

  it('goes from draft to active: review, capacity check, Cabinet decision not subject to call-in, both signatures; recorded after its planned end, it then exits on that date', async () => {
    const id = await toCabinet();
    const decided = await expectAnswer(act(keys.clerk, id, 'cabinet-decision', decisionFor()), 200);
    expect(decided.data?.stage).toBe('sign_off');
    const bucks = await expectAnswer(act(keys.bucksChief, id, 'sign'), 200);
    expect(bucks.data?.stage).toBe('sign_off');
    const halfSigned = await detailOf(id);
    expect(halfSigned.signatures).toEqual([
      { councilCode: BUCKINGHAMSHIRE, signedBy: 'chief_executive of E10000002', signedAt: expect.any(String) },
    ]);
    expect(halfSigned.nextAction).toMatchObject({
      by: ['chief_executive'],
      action: `sign: waiting for the chief executive of ${HAMPSHIRE}`,
      dueBy: addWorkingDays(today(), 5, weekdaysBeyondCoverage(englandAndWalesCalendar())),
    });
    const twice = await expectAnswer(act(keys.bucksChief, id, 'sign'), 409);
    expect(twice.error?.detail).toContain('already signed');
    // Torbay is no party: the partnership does not exist for it.
    await expectAnswer(act(keys.torbayChief, id, 'sign'), 404);
    await expectAnswer(act(keys.director, id, 'sign'), 403);
    const hampshire = await expectAnswer(act(keys.chief, id, 'sign'), 200);
    expect(hampshire.data?.stage).toBe('active');
    // The partnership ran from May 2018 to March 2022: recorded now, it exits on its planned end at once.
    await waitForStage(id, 'completed');
    const detail = await detailOf(id, keys.bucksChief);
    expect(detail).toMatchObject({ stage: 'completed', nextAction: null, decision: { status: 'recommendations_approved' } });
    // Who signed and when stays on the partnership once it is active, and after it ends.
    expect(detail.signatures).toEqual([
      { councilCode: BUCKINGHAMSHIRE, signedBy: 'chief_executive of E10000002', signedAt: halfSigned.signatures[0].signedAt },
      { councilCode: HAMPSHIRE, signedBy: 'Chief Executive, Hampshire', signedAt: expect.any(String) },
    ]);
    expect(Date.parse(detail.signatures[1].signedAt)).toBeGreaterThanOrEqual(Date.parse(detail.signatures[0].signedAt));
    const timeline = await expectAnswer(as(keys.bucksChief).GET('/api/v1/partnerships/{id}/timeline', { params: { path: { id } } }), 200);
    expect(timeline.data!.map((event) => event.action)).toEqual([
      'partnership.created',
      'partnership.stage_changed',
      'partnership.stage_changed',
      'partnership.capacity_checked',
      'partnership.stage_changed',
      'partnership.stage_changed',
      'partnership.signed',
      'partnership.signed',
      'partnership.stage_changed',
      'partnership.stage_changed',
      'partnership.stage_changed',
    ]);
    expect(detail.timeline).toEqual(timeline.data);

    const decisions = await expectAnswer(as(keys.chief).GET('/api/v1/decision-records', { params: { query: { partnershipId: id } } }), 200);
    expect(decisions.data!.items).toEqual([
      expect.objectContaining({
        councilCode: HAMPSHIRE,
        status: 'recommendations_approved',
        subjectToCallIn: false,
        effectiveFrom: '2018-04-16',
      }),
    ]);
    const trail = await expectAnswer(as(keys.chief).GET('/api/v1/audit-events', { params: { query: { targetId: id, limit: 50 } } }), 200);
    const moves = trail
      .data!.items.filter((event) => event.action === 'partnership.stage_changed')
      .map((event) => `${(event.after as { stage: string }).stage} by ${event.actor.name}`);
    expect(moves).toEqual([
      'officer_review by Chief Executive, Hampshire',
      'capacity_check by Director of Children’s Services, Hampshire',
      'cabinet_decision by Accord workflow',
      'sign_off by democratic_services of E10000014',
      'active by Chief Executive, Hampshire',
      'exiting by Accord workflow',
      'completed by Accord workflow',
    ]);
  });

  it('shows an active partnership’s next due date, then exits it when Buckinghamshire is re-judged requires improvement with the direction lifted', async () => {
    const member = await practitionerInTeamOfOne('Exit team');
    const intervention = await expectAnswer(
      as(keys.commissioner).POST('/api/v1/interventions', {
        body: {
          supportedCouncilCode: BUCKINGHAMSHIRE,
          triggerJudgement: 'inadequate',
          triggerJudgementDate: '2017-11-24',
          statutoryDirectionDate: '2018-01-12',
        },
      }),
      201,
    );
    const interventionId = intervention.data!.id;
    const id = await toCabinet({ ...livePeriod(), interventionId });
    const { plannedStart } = livePeriod();
    const booked = await expectAnswer(
      as(keys.hr).POST('/api/v1/secondments', {
        body: { staffMemberId: member, partnershipId: id, fte: 0.5, start: plannedStart, end: addMonths(plannedStart, 12) },
      }),
      201,
    );
    const secondmentId = booked.data!.id;
    await expectAnswer(as(keys.hr).POST('/api/v1/secondments/{id}/approve', { params: { path: { id: secondmentId } } }), 200);
    await expectAnswer(act(keys.clerk, id, 'cabinet-decision', decisionFor()), 200);
    await expectAnswer(act(keys.bucksChief, id, 'sign'), 200);
    await expectAnswer(act(keys.chief, id, 'sign'), 200);
    const secondment = async () =>
      (await expectAnswer(as(keys.hr).GET('/api/v1/secondments/{id}', { params: { path: { id: secondmentId } } }), 200)).data!;
    await eventually(
      async () => (await secondment()).status,
      (status) => status === 'active',
      'the secondment to start with the partnership',
    );
    const detail = await detailOf(id, keys.bucksChief);
    expect(detail.nextAction).toMatchObject({ council: 'either', dueBy: addMonths(plannedStart, 3) });
    expect(detail.dueDates).toEqual([
      expect.objectContaining({ kind: 'periodic_review', dueOn: addMonths(plannedStart, 3), status: 'upcoming' }),
    ]);

    const improvement = {
      trigger: 'improved',
      reason: 'Re-inspected as requires improvement; the statutory direction was lifted',
      reinspection: { judgement: 'requires_improvement', judgedOn: '2021-12-10', directionLiftedOn: '2022-01-05' },
    };
    const stillInadequate = await expectAnswer(
      act(keys.commissioner, id, 'request-exit', {
        ...improvement,
        reinspection: { ...improvement.reinspection, judgement: 'inadequate' },
      }),
      422,
    );
    expect(stillInadequate.error).toMatchObject({
      code: 'invalid_action_request',
      detail: expect.stringContaining('still judged inadequate'),
    });
    await expectAnswer(act(keys.commissioner, id, 'request-exit', { trigger: 'notice', reason: 'Not the commissioner’s to give' }), 403);
    const unsaid = await expectAnswer(act(keys.commissioner, id, 'request-exit', { trigger: 'improved', reason: improvement.reason }), 422);
    expect(unsaid.error?.errors).toEqual([expect.objectContaining({ field: 'reinspection' })]);
    // The document itself is not an operation of the API, so it is read as a plain request.
    const openapi = await request(accord.app.getHttpServer()).get('/openapi.json').expect(200);
    const exitOperation = openapi.body.paths['/api/v1/partnerships/{id}/actions/request-exit'].post;
    expect(exitOperation.description).toContain('becomes the supported council’s Ofsted judgement');
    expect(exitOperation.description).toContain('recorded as lifted');
    const exiting = await expectAnswer(act(keys.commissioner, id, 'request-exit', improvement), 200);
    expect(exiting.data?.stage).toBe('exiting');
    await waitForStage(id, 'completed');
    expect(await secondment()).toMatchObject({ status: 'ended', end: dateOfInstant(Date.now()) });
    const council = await expectAnswer(as(keys.chief).GET('/api/v1/councils/{code}', { params: { path: { code: BUCKINGHAMSHIRE } } }), 200);
    expect(council.data!.ofsted).toEqual({ judgement: 'requires_improvement', date: '2021-12-10', illustrative: false });
    const lifted = await expectAnswer(
      as(keys.commissioner).GET('/api/v1/interventions/{id}', { params: { path: { id: interventionId } } }),
      200,
    );
    expect(lifted.data!.directionLiftedOn).toBe('2022-01-05');
    // Both changes are in the partnership's timeline, with what they replaced.
    const changes = (await detailOf(id)).timeline.filter((event) =>
      ['partnership.supported_council_rejudged', 'partnership.direction_lifted'].includes(event.action),
    );
    expect(changes.map(({ action, before, after }) => ({ action, before, after }))).toEqual([
      {
        action: 'partnership.supported_council_rejudged',
        before: { councilCode: BUCKINGHAMSHIRE, judgement: 'inadequate', judgedOn: '2017-11-24' },
        after: { councilCode: BUCKINGHAMSHIRE, judgement: 'requires_improvement', judgedOn: '2021-12-10' },
      },
      {
        action: 'partnership.direction_lifted',
        before: { interventionId, directionLiftedOn: null },
        after: { interventionId, directionLiftedOn: '2022-01-05' },
      },
    ]);
  });

  it('holds a decision subject to call-in in its window; a call-in referred back returns it to Cabinet, a release goes on to sign-off', async () => {
    const id = await toCabinet();
    const today = new Date().toISOString().slice(0, 10);
    const subject = decisionFor({ subjectToCallIn: true, decisionDate: today, publicationDate: today, meetingDate: today });
    await expect(stageOfAction(act(keys.clerk, id, 'cabinet-decision', subject))).resolves.toBe('call_in_window');
    const open = await detailOf(id);
    expect(open.nextAction).toMatchObject({ by: ['scrutiny'], dueBy: open.decision?.callInDeadline });
    expect(open.decision).toMatchObject({ subjectToCallIn: true, status: 'recommendations_approved' });
    await expectAnswer(act(keys.scrutiny, id, 'scrutiny-outcome', { outcome: 'released' }), 409);
    const tooFew = await expectAnswer(act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS.slice(0, 2) }), 422);
    expect(tooFew.error?.detail).toBe('a call-in needs 5 members of the council; 2 named');
    await expectAnswer(act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS, comment: 'Five members call the decision in' }), 200);
    const calledIn = await detailOf(id);
    expect(calledIn.decision?.status).toBe('called_in');
    expect(calledIn.nextAction?.action).toContain('scrutiny outcome');
    await expectAnswer(act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS }), 409);
    await expect(stageOfAction(act(keys.scrutiny, id, 'scrutiny-outcome', { outcome: 'referred_back' }))).resolves.toBe('cabinet_decision');
    await expectAnswer(act(keys.clerk, id, 'cabinet-decision', subject), 200);
    await expectAnswer(act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS }), 200);
    await expect(stageOfAction(act(keys.scrutiny, id, 'scrutiny-outcome', { outcome: 'released' }))).resolves.toBe('sign_off');
  });

  it('goes straight on to sign-off when the call-in period has already run out', async () => {
    const id = await toCabinet();
    await expectAnswer(act(keys.clerk, id, 'cabinet-decision', decisionFor({ subjectToCallIn: true })), 200);
    await waitForStage(id, 'sign_off');
  });

  it('ends the workflow when Cabinet rejects the partnership, and keeps it waiting when Cabinet defers', async () => {
    const deferred = await toCabinet();
    await expect(stageOfAction(act(keys.clerk, deferred, 'cabinet-decision', decisionFor({ status: 'deferred' })))).resolves.toBe(
      'cabinet_decision',
    );
    await expect(stageOfAction(act(keys.clerk, deferred, 'cabinet-decision', decisionFor({ status: 'rejected' })))).resolves.toBe(
      'rejected',
    );
    await expectAnswer(act(keys.chief, deferred, 'withdraw'), 409);
  });

  it('stops at a failed capacity check until the chief executive overrides it with a reason, or it is sent back', async () => {
    const team = await expectAnswer(
      // One full-time post: at home, 1.0 FTE clears the 0.85 floor; half of it seconded does not.
      as(keys.hr).POST('/api/v1/teams', {
        body: { councilCode: HAMPSHIRE, name: 'Small team', establishmentFte: 1, retentionFloor: 0.85 },
      }),
      201,
    );
    const member = await expectAnswer(
      as(keys.hr).POST('/api/v1/staff', {
        body: {
          teamId: team.data!.id,
          displayName: 'Synthetic Staff 9001',
          role: 'senior_practitioner',
          contractedFte: 1,
          employmentStart: '2015-01-05',
        },
      }),
      201,
    );
    const failing = async () => {
      const created = await expectAnswer(as(keys.chief).POST('/api/v1/partnerships', { body: draft() }), 201);
      const id = created.data!.id;
      await expectAnswer(
        as(keys.hr).POST('/api/v1/secondments', {
          body: { staffMemberId: member.data!.id, partnershipId: id, fte: 0.5, start: '2018-06-01', end: '2018-06-30' },
        }),
        201,
      );
      await expectAnswer(act(keys.chief, id, 'submit'), 200);
      await expectAnswer(act(keys.director, id, 'endorse'), 200);
      return id;
    };
    /** The detail once the workflow has recorded the failed check (it says so in the next action). */
    const failedDetail = (id: string) =>
      eventually(
        () => detailOf(id),
        (detail) => detail.nextAction?.action.startsWith('the capacity check failed') === true,
        `partnership ${id} to say in its next action that the capacity check failed`,
      );
    const overridden = await failing();
    const stopped = await failedDetail(overridden);
    // One post of 1.0 FTE, floor ⌈0.85 × 1.0⌉ = 0.85; 0.5 seconded from 1 June 2018 leaves 0.5 at home: 0.35 below.
    expect(stopped).toMatchObject({
      stage: 'capacity_check',
      nextAction: {
        by: ['chief_executive', 'director'],
        council: 'lead',
        action:
          'the capacity check failed: Small team falls 0.35 FTE below its retention floor on 2018-06-01. Either the chief ' +
          'executive overrides it with their reason (override-capacity), or the chief executive or director sends the partnership ' +
          'back to draft (send-back)',
      },
    });
    const checked = stopped.timeline.filter((event) => event.action === 'partnership.capacity_checked');
    expect(checked).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ name: 'Accord' }),
        after: expect.objectContaining({
          outcome: 'fail',
          tightestTeam: { teamName: 'Small team', on: '2018-06-01', headroomFte: -0.35 },
          teamsBelowFloor: 1,
          summary: expect.stringMatching(/^Small team falls 0\.35 FTE below its retention floor on 2018-06-01; /),
        }),
      }),
    ]);
    // Integrators hear of it too: once, and only the lead council, whose staffing it is.
    await expect(
      countRows(
        accord.database.url,
        `SELECT count(*)::int AS n FROM domain_event WHERE type = 'capacity.below_floor' AND subject_id = $1 AND council_codes = $2`,
        [overridden, [HAMPSHIRE]],
      ),
    ).resolves.toBe(1);
    await expectAnswer(act(keys.director, overridden, 'override-capacity', { reason: 'Not mine to give' }), 403);
    await expectAnswer(act(keys.chief, overridden, 'override-capacity', { reason: '' }), 422);
    const onward = await expectAnswer(
      act(keys.chief, overridden, 'override-capacity', { reason: 'Torbay support ends in June; the team recovers' }),
      200,
    );
    expect(onward.data?.stage).toBe('cabinet_decision');
    const sentBack = await failing();
    await failedDetail(sentBack);
    await expect(stageOfAction(act(keys.director, sentBack, 'send-back', { comment: 'Find cover first' }))).resolves.toBe('draft');
  });

  it('refuses actions out of turn with 409, and by the wrong role with 403, leaving the stage unchanged', async () => {
    const created = await expectAnswer(as(keys.chief).POST('/api/v1/partnerships', { body: draft() }), 201);
    const id = created.data!.id;
    await expectAnswer(act(keys.director, id, 'endorse'), 409);
    await expectAnswer(act(keys.clerk, id, 'cabinet-decision', decisionFor()), 409);
    await expectAnswer(act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS }), 409);
    await expectAnswer(act(keys.chief, id, 'sign'), 409);
    await expectAnswer(act(keys.chief, id, 'request-exit', { reason: 'x' }), 409);
    await expectAnswer(act(keys.hr, id, 'endorse'), 403);
    await expectAnswer(act(keys.chief, id, 'cabinet-decision', decisionFor()), 403);
    expect(await stageOf(id)).toBe('draft');
  });

  it('refuses a key decision without its forward-plan notice, and the workflow stays at the Cabinet decision', async () => {
    const id = await toCabinet();
    const refused = await expectAnswer(
      act(keys.clerk, id, 'cabinet-decision', decisionFor({ isKeyDecision: true, keyDecisionReason: 'Over £500,000' })),
      422,
    );
    expect(refused.error?.code).toBe('decision_refused');
    expect(await stageOf(id)).toBe('cabinet_decision');
  });

  it('holds funding at or above the lead council’s key-decision threshold to a key decision, with its 28 clear days’ notice', async () => {
    // Hampshire's threshold is the default £500,000; this partnership carries £600,000 of funding.
    const id = await toCabinet({ fundingKind: 'grant', fundingAmountPence: 60_000_000 });
    const notKey = await expectAnswer(act(keys.clerk, id, 'cabinet-decision', decisionFor()), 422);
    expect(notKey.error).toMatchObject({ code: 'decision_refused', detail: expect.stringContaining('£600,000') });
    expect(notKey.error?.detail).toContain('threshold of £500,000');
    const key = decisionFor({ isKeyDecision: true, keyDecisionReason: 'Spending over £500,000', forwardPlanFirstPublished: '2018-03-18' });
    await expect(stageOfAction(act(keys.clerk, id, 'cabinet-decision', key))).resolves.toBe('sign_off');
  });

  it('gives notice with a hand-back period, as Hampshire did to the Isle of Wight: exiting until its last day, which the detail shows', async () => {
    const id = await toCabinet(livePeriod());
    await expectAnswer(act(keys.clerk, id, 'cabinet-decision', decisionFor()), 200);
    await expectAnswer(act(keys.bucksChief, id, 'sign'), 200);
    await expectAnswer(act(keys.chief, id, 'sign'), 200);
    const handBackUntil = addMonths(today(), 12);
    await expectAnswer(act(keys.bucksChief, id, 'request-exit', { trigger: 'notice', reason: 'Not theirs to give', handBackUntil }), 403);
    const tooLong = await act(keys.chief, id, 'request-exit', {
      trigger: 'notice',
      reason: 'Notice',
      handBackUntil: addMonths(today(), 30),
    });
    expect(tooLong.response.status).toBe(422);
    const notice = await expectAnswer(
      act(keys.chief, id, 'request-exit', { trigger: 'notice', reason: 'Hampshire gives notice', handBackUntil }),
      200,
    );
    expect(notice.data?.stage).toBe('exiting');
    const detail = await detailOf(id);
    expect(detail.nextAction).toMatchObject({ council: 'none', dueBy: handBackUntil, action: expect.stringContaining('hand-back') });
  });
});
