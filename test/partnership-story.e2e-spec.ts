import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';
import { cabinetDecision } from './support/decision.builder.js';
import { addMonths, addWorkingDays, dateOfInstant, englandAndWalesCalendar, weekdaysBeyondCoverage } from '#domain';
import { eventually } from './support/eventually.js';
import { livePeriod, partnershipRequest } from './support/partnership.builder.js';
import { act as actOn, stageOf as stageOfPartnership, waitForStage as waitForPartnershipStage } from './support/partnership-walk.js';

const FIVE_MEMBERS = ['Cllr Brown', 'Cllr Davies', 'Cllr Foster', 'Cllr Hughes', 'Cllr Khan'];

/** The decision record's fields as democratic services send them for a partnership (council and partnership implied). */
function decisionFor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { councilCode: _council, ...decision } = cabinetDecision(overrides);
  return decision;
}

describe('the Hampshire–Buckinghamshire story through the workflow', () => {
  let accord: AccordTestApp;
  const keys = {} as Record<'chief' | 'director' | 'clerk' | 'scrutiny' | 'bucksChief' | 'torbayChief' | 'hr' | 'commissioner', TestKey>;

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
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const act = (who: TestKey, id: string, action: string, body: object = {}) => actOn(accord.app.getHttpServer(), who, id, action, body);
  const stageOf = (id: string) => stageOfPartnership(accord.app.getHttpServer(), keys.chief, id);
  const waitForStage = (id: string, stage: string) => waitForPartnershipStage(accord.app.getHttpServer(), keys.chief, id, stage);

  const today = () => dateOfInstant(Date.now());

  async function detailOf(id: string) {
    return (await http().get(`/api/v1/partnerships/${id}`).auth(keys.chief.key, { type: 'bearer' }).expect(200)).body;
  }

  /** A Hampshire practitioner alone in a one-post team with a 0.4 floor: half of them may be lent out. */
  async function practitionerInTeamOfOne(name: string): Promise<string> {
    const team = await http()
      .post('/api/v1/teams')
      .auth(keys.hr.key, { type: 'bearer' })
      .send({ councilCode: HAMPSHIRE, name, establishmentFte: 1, retentionFloor: 0.4 })
      .expect(201);
    const member = await http()
      .post('/api/v1/staff')
      .auth(keys.hr.key, { type: 'bearer' })
      .send({
        teamId: team.body.id,
        displayName: `Synthetic Staff of ${name}`,
        role: 'senior_practitioner',
        contractedFte: 1,
        employmentStart: '2015-01-05',
      })
      .expect(201);
    return member.body.id as string;
  }

  async function toCabinet(overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await http()
      .post('/api/v1/partnerships')
      .auth(keys.chief.key, { type: 'bearer' })
      .send(partnershipRequest(overrides))
      .expect(201);
    const id = created.body.id as string;
    await act(keys.chief, id, 'submit').expect(200);
    await expect(
      act(keys.director, id, 'endorse', { comment: 'Endorsed by the DCS' })
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('capacity_check');
    await waitForStage(id, 'cabinet_decision');
    return id;
  }

  it('goes from draft to active: review, capacity check, Cabinet decision not subject to call-in, both signatures; recorded after its planned end, it then exits on that date', async () => {
    const id = await toCabinet();
    const decided = await act(keys.clerk, id, 'cabinet-decision', decisionFor()).expect(200);
    expect(decided.body.stage).toBe('sign_off');
    const bucks = await act(keys.bucksChief, id, 'sign').expect(200);
    expect(bucks.body.stage).toBe('sign_off');
    const halfSigned = await detailOf(id);
    expect(halfSigned.signatures).toEqual([
      { councilCode: BUCKINGHAMSHIRE, signedBy: 'chief_executive of E10000002', signedAt: expect.any(String) },
    ]);
    expect(halfSigned.nextAction).toMatchObject({
      by: ['chief_executive'],
      action: `sign: waiting for the chief executive of ${HAMPSHIRE}`,
      dueBy: addWorkingDays(today(), 5, weekdaysBeyondCoverage(englandAndWalesCalendar())),
    });
    const twice = await act(keys.bucksChief, id, 'sign').expect(409);
    expect(twice.body.detail).toContain('already signed');
    // Torbay is no party: the partnership does not exist for it.
    await act(keys.torbayChief, id, 'sign').expect(404);
    await act(keys.director, id, 'sign').expect(403);
    const hampshire = await act(keys.chief, id, 'sign').expect(200);
    expect(hampshire.body.stage).toBe('active');
    // The partnership ran from May 2018 to March 2022: recorded now, it exits on its planned end at once.
    await waitForStage(id, 'completed');
    const detail = await http().get(`/api/v1/partnerships/${id}`).auth(keys.bucksChief.key, { type: 'bearer' }).expect(200);
    expect(detail.body).toMatchObject({ stage: 'completed', nextAction: null, decision: { status: 'recommendations_approved' } });
    // Who signed and when stays on the partnership once it is active, and after it ends.
    expect(detail.body.signatures).toEqual([
      { councilCode: BUCKINGHAMSHIRE, signedBy: 'chief_executive of E10000002', signedAt: halfSigned.signatures[0].signedAt },
      { councilCode: HAMPSHIRE, signedBy: 'Chief Executive, Hampshire', signedAt: expect.any(String) },
    ]);
    expect(Date.parse(detail.body.signatures[1].signedAt)).toBeGreaterThanOrEqual(Date.parse(detail.body.signatures[0].signedAt));
    const timeline = await http().get(`/api/v1/partnerships/${id}/timeline`).auth(keys.bucksChief.key, { type: 'bearer' }).expect(200);
    expect(timeline.body.map((event: { action: string }) => event.action)).toEqual([
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
    expect(detail.body.timeline).toEqual(timeline.body);

    const decisions = await http()
      .get('/api/v1/decision-records')
      .auth(keys.chief.key, { type: 'bearer' })
      .query({ partnershipId: id })
      .expect(200);
    expect(decisions.body.items).toEqual([
      expect.objectContaining({
        councilCode: HAMPSHIRE,
        status: 'recommendations_approved',
        subjectToCallIn: false,
        effectiveFrom: '2018-04-16',
      }),
    ]);
    const trail = await http()
      .get('/api/v1/audit-events')
      .auth(keys.chief.key, { type: 'bearer' })
      .query({ targetId: id, limit: 50 })
      .expect(200);
    const moves = trail.body.items
      .filter((event: { action: string }) => event.action === 'partnership.stage_changed')
      .map((event: { after: { stage: string }; actor: { name: string } }) => `${event.after.stage} by ${event.actor.name}`);
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
    const intervention = await http()
      .post('/api/v1/interventions')
      .auth(keys.commissioner.key, { type: 'bearer' })
      .send({
        supportedCouncilCode: BUCKINGHAMSHIRE,
        triggerJudgement: 'inadequate',
        triggerJudgementDate: '2017-11-24',
        statutoryDirectionDate: '2018-01-12',
      })
      .expect(201);
    const id = await toCabinet({ ...livePeriod(), interventionId: intervention.body.id });
    const { plannedStart } = livePeriod();
    const booked = await http()
      .post('/api/v1/secondments')
      .auth(keys.hr.key, { type: 'bearer' })
      .send({ staffMemberId: member, partnershipId: id, fte: 0.5, start: plannedStart, end: addMonths(plannedStart, 12) })
      .expect(201);
    await http().post(`/api/v1/secondments/${booked.body.id}/approve`).auth(keys.hr.key, { type: 'bearer' }).expect(200);
    await act(keys.clerk, id, 'cabinet-decision', decisionFor()).expect(200);
    await act(keys.bucksChief, id, 'sign').expect(200);
    await act(keys.chief, id, 'sign').expect(200);
    const secondment = () => http().get(`/api/v1/secondments/${booked.body.id}`).auth(keys.hr.key, { type: 'bearer' });
    await eventually(
      async () => (await secondment()).body.status as string,
      (status) => status === 'active',
      'the secondment to start with the partnership',
    );
    const detail = await http().get(`/api/v1/partnerships/${id}`).auth(keys.bucksChief.key, { type: 'bearer' }).expect(200);
    expect(detail.body.nextAction).toMatchObject({ council: 'either', dueBy: addMonths(plannedStart, 3) });
    expect(detail.body.dueDates).toEqual([
      expect.objectContaining({ kind: 'periodic_review', dueOn: addMonths(plannedStart, 3), status: 'upcoming' }),
    ]);

    const improvement = {
      trigger: 'improved',
      reason: 'Re-inspected as requires improvement; the statutory direction was lifted',
      reinspection: { judgement: 'requires_improvement', judgedOn: '2021-12-10', directionLiftedOn: '2022-01-05' },
    };
    const stillInadequate = await act(keys.commissioner, id, 'request-exit', {
      ...improvement,
      reinspection: { ...improvement.reinspection, judgement: 'inadequate' },
    }).expect(422);
    expect(stillInadequate.body).toMatchObject({
      code: 'invalid_action_request',
      detail: expect.stringContaining('still judged inadequate'),
    });
    await act(keys.commissioner, id, 'request-exit', { trigger: 'notice', reason: 'Not the commissioner’s to give' }).expect(403);
    const unsaid = await act(keys.commissioner, id, 'request-exit', { trigger: 'improved', reason: improvement.reason }).expect(422);
    expect(unsaid.body.errors).toEqual([expect.objectContaining({ field: 'reinspection' })]);
    const openapi = await http().get('/openapi.json').expect(200);
    const exitOperation = openapi.body.paths['/api/v1/partnerships/{id}/actions/request-exit'].post;
    expect(exitOperation.description).toContain('becomes the supported council’s Ofsted judgement');
    expect(exitOperation.description).toContain('recorded as lifted');
    const exiting = await act(keys.commissioner, id, 'request-exit', improvement).expect(200);
    expect(exiting.body.stage).toBe('exiting');
    await waitForStage(id, 'completed');
    expect((await secondment()).body).toMatchObject({ status: 'ended', end: dateOfInstant(Date.now()) });
    const council = await http().get(`/api/v1/councils/${BUCKINGHAMSHIRE}`).auth(keys.chief.key, { type: 'bearer' }).expect(200);
    expect(council.body.ofsted).toEqual({ judgement: 'requires_improvement', date: '2021-12-10', illustrative: false });
    const lifted = await http()
      .get(`/api/v1/interventions/${intervention.body.id}`)
      .auth(keys.commissioner.key, { type: 'bearer' })
      .expect(200);
    expect(lifted.body.directionLiftedOn).toBe('2022-01-05');
    // Both changes are in the partnership's timeline, with what they replaced.
    const changes = (await detailOf(id)).timeline.filter((event: { action: string }) =>
      ['partnership.supported_council_rejudged', 'partnership.direction_lifted'].includes(event.action),
    );
    expect(
      changes.map(({ action, before, after }: { action: string; before: unknown; after: unknown }) => ({ action, before, after })),
    ).toEqual([
      {
        action: 'partnership.supported_council_rejudged',
        before: { councilCode: BUCKINGHAMSHIRE, judgement: 'inadequate', judgedOn: '2017-11-24' },
        after: { councilCode: BUCKINGHAMSHIRE, judgement: 'requires_improvement', judgedOn: '2021-12-10' },
      },
      {
        action: 'partnership.direction_lifted',
        before: { interventionId: intervention.body.id, directionLiftedOn: null },
        after: { interventionId: intervention.body.id, directionLiftedOn: '2022-01-05' },
      },
    ]);
  });

  it('holds a decision subject to call-in in its window; a call-in referred back returns it to Cabinet, a release goes on to sign-off', async () => {
    const id = await toCabinet();
    const today = new Date().toISOString().slice(0, 10);
    const subject = decisionFor({ subjectToCallIn: true, decisionDate: today, publicationDate: today, meetingDate: today });
    await expect(
      act(keys.clerk, id, 'cabinet-decision', subject)
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('call_in_window');
    const open = await detailOf(id);
    expect(open.nextAction).toMatchObject({ by: ['scrutiny'], dueBy: open.decision.callInDeadline });
    expect(open.decision).toMatchObject({ subjectToCallIn: true, status: 'recommendations_approved' });
    await act(keys.scrutiny, id, 'scrutiny-outcome', { outcome: 'released' }).expect(409);
    const tooFew = await act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS.slice(0, 2) }).expect(422);
    expect(tooFew.body.detail).toBe('a call-in needs 5 members of the council; 2 named');
    await act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS, comment: 'Five members call the decision in' }).expect(200);
    const calledIn = await detailOf(id);
    expect(calledIn.decision.status).toBe('called_in');
    expect(calledIn.nextAction.action).toContain('scrutiny outcome');
    await act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS }).expect(409);
    await expect(
      act(keys.scrutiny, id, 'scrutiny-outcome', { outcome: 'referred_back' })
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('cabinet_decision');
    await act(keys.clerk, id, 'cabinet-decision', subject).expect(200);
    await act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS }).expect(200);
    await expect(
      act(keys.scrutiny, id, 'scrutiny-outcome', { outcome: 'released' })
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('sign_off');
  });

  it('goes straight on to sign-off when the call-in period has already run out', async () => {
    const id = await toCabinet();
    await act(keys.clerk, id, 'cabinet-decision', decisionFor({ subjectToCallIn: true })).expect(200);
    await waitForStage(id, 'sign_off');
  });

  it('ends the workflow when Cabinet rejects the partnership, and keeps it waiting when Cabinet defers', async () => {
    const deferred = await toCabinet();
    await expect(
      act(keys.clerk, deferred, 'cabinet-decision', decisionFor({ status: 'deferred' }))
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('cabinet_decision');
    await expect(
      act(keys.clerk, deferred, 'cabinet-decision', decisionFor({ status: 'rejected' }))
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('rejected');
    await act(keys.chief, deferred, 'withdraw').expect(409);
  });

  it('stops at a failed capacity check until the chief executive overrides it with a reason, or it is sent back', async () => {
    const team = await http()
      .post('/api/v1/teams')
      .auth(keys.hr.key, { type: 'bearer' })
      // One full-time post: at home, 1.0 FTE clears the 0.85 floor; half of it seconded does not.
      .send({ councilCode: HAMPSHIRE, name: 'Small team', establishmentFte: 1, retentionFloor: 0.85 })
      .expect(201);
    const member = await http()
      .post('/api/v1/staff')
      .auth(keys.hr.key, { type: 'bearer' })
      .send({
        teamId: team.body.id,
        displayName: 'Synthetic Staff 9001',
        role: 'senior_practitioner',
        contractedFte: 1,
        employmentStart: '2015-01-05',
      })
      .expect(201);
    const failing = async () => {
      const created = await http()
        .post('/api/v1/partnerships')
        .auth(keys.chief.key, { type: 'bearer' })
        .send(partnershipRequest())
        .expect(201);
      await http()
        .post('/api/v1/secondments')
        .auth(keys.hr.key, { type: 'bearer' })
        .send({ staffMemberId: member.body.id, partnershipId: created.body.id, fte: 0.5, start: '2018-06-01', end: '2018-06-30' })
        .expect(201);
      await act(keys.chief, created.body.id, 'submit').expect(200);
      await act(keys.director, created.body.id, 'endorse').expect(200);
      return created.body.id as string;
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
    const checked = stopped.timeline.filter((event: { action: string }) => event.action === 'partnership.capacity_checked');
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
    await act(keys.director, overridden, 'override-capacity', { reason: 'Not mine to give' }).expect(403);
    await act(keys.chief, overridden, 'override-capacity', { reason: '' }).expect(422);
    const onward = await act(keys.chief, overridden, 'override-capacity', {
      reason: 'Torbay support ends in June; the team recovers',
    }).expect(200);
    expect(onward.body.stage).toBe('cabinet_decision');
    const sentBack = await failing();
    await failedDetail(sentBack);
    await expect(
      act(keys.director, sentBack, 'send-back', { comment: 'Find cover first' })
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('draft');
  });

  it('refuses actions out of turn with 409, and by the wrong role with 403, leaving the stage unchanged', async () => {
    const created = await http()
      .post('/api/v1/partnerships')
      .auth(keys.chief.key, { type: 'bearer' })
      .send(partnershipRequest())
      .expect(201);
    const id = created.body.id as string;
    await act(keys.director, id, 'endorse').expect(409);
    await act(keys.clerk, id, 'cabinet-decision', decisionFor()).expect(409);
    await act(keys.scrutiny, id, 'call-in', { members: FIVE_MEMBERS }).expect(409);
    await act(keys.chief, id, 'sign').expect(409);
    await act(keys.chief, id, 'request-exit', { reason: 'x' }).expect(409);
    await act(keys.hr, id, 'endorse').expect(403);
    await act(keys.chief, id, 'cabinet-decision', decisionFor()).expect(403);
    expect(await stageOf(id)).toBe('draft');
  });

  it('refuses a key decision without its forward-plan notice, and the workflow stays at the Cabinet decision', async () => {
    const id = await toCabinet();
    const refused = await act(
      keys.clerk,
      id,
      'cabinet-decision',
      decisionFor({ isKeyDecision: true, keyDecisionReason: 'Over £500,000' }),
    ).expect(422);
    expect(refused.body.code).toBe('decision_refused');
    expect(await stageOf(id)).toBe('cabinet_decision');
  });

  it('holds funding at or above the lead council’s key-decision threshold to a key decision, with its 28 clear days’ notice', async () => {
    // Hampshire's threshold is the default £500,000; this partnership carries £600,000 of funding.
    const id = await toCabinet({ fundingKind: 'grant', fundingAmountPence: 60_000_000 });
    const notKey = await act(keys.clerk, id, 'cabinet-decision', decisionFor()).expect(422);
    expect(notKey.body).toMatchObject({ code: 'decision_refused', detail: expect.stringContaining('£600,000') });
    expect(notKey.body.detail).toContain('threshold of £500,000');
    const key = decisionFor({ isKeyDecision: true, keyDecisionReason: 'Spending over £500,000', forwardPlanFirstPublished: '2018-03-18' });
    await expect(
      act(keys.clerk, id, 'cabinet-decision', key)
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('sign_off');
  });

  it('gives notice with a hand-back period, as Hampshire did to the Isle of Wight: exiting until its last day, which the detail shows', async () => {
    const id = await toCabinet(livePeriod());
    await act(keys.clerk, id, 'cabinet-decision', decisionFor()).expect(200);
    await act(keys.bucksChief, id, 'sign').expect(200);
    await act(keys.chief, id, 'sign').expect(200);
    const handBackUntil = addMonths(today(), 12);
    await act(keys.bucksChief, id, 'request-exit', { trigger: 'notice', reason: 'Not theirs to give', handBackUntil }).expect(403);
    const tooLong = await act(keys.chief, id, 'request-exit', {
      trigger: 'notice',
      reason: 'Notice',
      handBackUntil: addMonths(today(), 30),
    });
    expect(tooLong.status).toBe(422);
    const notice = await act(keys.chief, id, 'request-exit', { trigger: 'notice', reason: 'Hampshire gives notice', handBackUntil }).expect(
      200,
    );
    expect(notice.body.stage).toBe('exiting');
    const detail = await detailOf(id);
    expect(detail.nextAction).toMatchObject({ council: 'none', dueBy: handBackUntil, action: expect.stringContaining('hand-back') });
  });
});
