import pg from 'pg';
import request from 'supertest';
import { addDays, dateOfInstant } from '#domain';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';
import { eventually } from './support/eventually.js';
import { act } from './support/partnership-walk.js';
import { createStageParty, decisionBody, FIVE_MEMBERS, partnershipStages, type StageParty } from './support/partnership-stages.js';

type Person = keyof StageParty | 'commissioner' | 'admin' | 'torbayChief' | 'torbayDirector' | 'torbayHr';

interface InboxItem {
  kind: string;
  partnership: { id: string; stage: string; leadCouncil: { code: string }; supportedCouncil: { code: string } };
  actingForCouncilCode: string | null;
  secondment: { id: string } | null;
  dueOn: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  actionPath: string;
}

interface NextAction {
  by: string[];
  council: 'lead' | 'supported' | 'either' | 'none';
  dueBy: string | null;
}

const today = () => dateOfInstant(Date.now());

/**
 * The inbox walks beside a partnership: at each stage exactly the people the partnership's own
 * `nextAction` names find it in their inbox, with the same due day, and nobody else does.
 */
describe('the inbox: what awaits each person', () => {
  let accord: AccordTestApp;
  let sql: pg.Client;
  const party = {} as StageParty;
  const people = {} as Record<Person, TestKey>;
  const server = () => accord.app.getHttpServer();
  const stages = partnershipStages(server, party, () => accord.temporal);

  beforeAll(async () => {
    accord = await startAccordTestApp();
    await createStageParty(accord.database.url, party);
    Object.assign(people, party, {
      commissioner: await createTestKey(accord.database.url, { role: 'commissioner' }),
      admin: await createTestKey(accord.database.url, { role: 'admin' }),
      torbayChief: await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: TORBAY }),
      torbayDirector: await createTestKey(accord.database.url, { role: 'director', councilCode: TORBAY }),
      torbayHr: await createTestKey(accord.database.url, { role: 'hr', councilCode: TORBAY }),
    });
    sql = new pg.Client({ connectionString: accord.database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await accord?.close();
  });

  async function inboxOf(who: Person): Promise<InboxItem[]> {
    const answer = await request(server()).get('/api/v1/inbox').auth(people[who].key, { type: 'bearer' }).expect(200);
    expect(answer.body.today).toBe(today());
    return answer.body.items as InboxItem[];
  }

  /** Who has an action on the partnership itself in their inbox (HR's secondments aside), and which. */
  async function holders(id: string): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const who of Object.keys(people) as Person[]) {
      const kinds = (await inboxOf(who)).filter((item) => item.partnership.id === id && !item.secondment).map((item) => item.kind);
      if (kinds.length > 0) found[who] = kinds;
    }
    return found;
  }

  async function nextActionOf(id: string): Promise<{ stage: string; nextAction: NextAction | null }> {
    const read = await request(server()).get(`/api/v1/partnerships/${id}`).auth(people.admin.key, { type: 'bearer' }).expect(200);
    return { stage: read.body.stage, nextAction: read.body.nextAction };
  }

  /** The people of this test whom `nextAction` names: their role is in `by`, and their council fits. */
  function namedBy(nextAction: NextAction, except: Person[] = []): Person[] {
    return (Object.keys(people) as Person[]).filter((who) => {
      const key = people[who];
      if (!nextAction.by.includes(key.role) || except.includes(who)) return false;
      if (key.councilCode === null) return true;
      if (nextAction.council === 'lead') return key.councilCode === HAMPSHIRE;
      return key.councilCode === HAMPSHIRE || key.councilCode === BUCKINGHAMSHIRE;
    });
  }

  /** Every holder is one `nextAction` names (less any who already acted), and every item carries its due day. */
  async function expectAgreement(id: string, kind: string, except: Person[] = []): Promise<Record<string, InboxItem>> {
    const { nextAction } = await nextActionOf(id);
    expect(nextAction).not.toBeNull();
    const found = await holders(id);
    const named = namedBy(nextAction!, except);
    expect(Object.keys(found).sort()).toEqual([...named].sort());
    const items: Record<string, InboxItem> = {};
    for (const who of named) {
      expect(found[who]).toEqual([kind]);
      items[who] = (await inboxOf(who)).find((item) => item.partnership.id === id && !item.secondment)!;
      expect(items[who].dueOn).toBe(nextAction!.dueBy);
    }
    return items;
  }

  it('walks a partnership from draft to active, and each stage is in the inbox of exactly whom it waits on', async () => {
    const id = await stages.draft();
    // The draft is its authors' own work in progress, not something asked of them.
    expect(await holders(id)).toEqual({});

    await act(server(), party.chief, id, 'submit').expect(200);
    const endorse = await expectAgreement(id, 'endorse');
    expect(Object.keys(endorse)).toEqual(['director']);
    expect(endorse.director).toMatchObject({
      actingForCouncilCode: HAMPSHIRE,
      partnership: { stage: 'officer_review', leadCouncil: { code: HAMPSHIRE }, supportedCouncil: { code: BUCKINGHAMSHIRE } },
      dueOn: null,
      workingDaysLeft: null,
      overdue: false,
      actionPath: `/api/v1/partnerships/${id}/actions/endorse`,
    });

    await act(server(), party.director, id, 'endorse').expect(200);
    await eventually(
      () => nextActionOf(id),
      (read) => read.stage === 'cabinet_decision',
      'the capacity check to pass',
    );
    expect(Object.keys(await expectAgreement(id, 'record_cabinet_decision'))).toEqual(['clerk']);

    await act(
      server(),
      party.clerk,
      id,
      'cabinet-decision',
      decisionBody({ subjectToCallIn: true, decisionDate: today(), publicationDate: today(), meetingDate: today() }),
    ).expect(200);
    const callIn = await expectAgreement(id, 'call_in');
    expect(Object.keys(callIn)).toEqual(['scrutiny']);
    expect(callIn.scrutiny.dueOn! >= today()).toBe(true);
    expect(callIn.scrutiny).toMatchObject({ overdue: false, workingDaysLeft: expect.any(Number) });
    expect(callIn.scrutiny.workingDaysLeft).toBeGreaterThan(0);

    await act(server(), party.scrutiny, id, 'call-in', { members: FIVE_MEMBERS }).expect(200);
    expect(Object.keys(await expectAgreement(id, 'record_scrutiny_outcome'))).toEqual(['scrutiny']);

    await act(server(), party.scrutiny, id, 'scrutiny-outcome', { outcome: 'released' }).expect(200);
    await eventually(
      () => nextActionOf(id),
      (read) => read.stage === 'sign_off',
      'sign-off to open',
    );
    const sign = await expectAgreement(id, 'sign');
    expect(Object.keys(sign).sort()).toEqual(['bucksChief', 'chief']);
    expect(sign.chief.actingForCouncilCode).toBe(HAMPSHIRE);
    expect(sign.bucksChief.actingForCouncilCode).toBe(BUCKINGHAMSHIRE);
    expect(sign.chief.dueOn).not.toBeNull();

    await act(server(), party.bucksChief, id, 'sign').expect(200);
    expect(Object.keys(await expectAgreement(id, 'sign', ['bucksChief']))).toEqual(['chief']);

    await act(server(), party.chief, id, 'sign').expect(200);
    expect((await nextActionOf(id)).stage).toBe('active');
    // Active, with no review due yet: nothing is asked of anyone.
    expect(await holders(id)).toEqual({});
  }, 120_000);

  it('asks the lead council’s chief executive and director to decide after a failed capacity check', async () => {
    const id = await stages.failedCapacityCheck();
    await eventually(
      () => nextActionOf(id),
      (read) => read.nextAction?.by.includes('director') === true,
      'the failed check to be recorded',
    );
    const decide = await expectAgreement(id, 'decide_failed_capacity_check');
    expect(Object.keys(decide).sort()).toEqual(['chief', 'director']);
  }, 60_000);

  it('flags a signature whose due day has passed as overdue, with negative working days left', async () => {
    const id = await stages.inSignOff();
    await sql.query(
      `UPDATE partnership_stage_change SET recorded_at = now() - interval '40 days' WHERE partnership_id = $1 AND to_stage = 'sign_off'`,
      [id],
    );
    const sign = await expectAgreement(id, 'sign');
    expect(sign.chief.dueOn! < today()).toBe(true);
    expect(sign.chief.overdue).toBe(true);
    expect(sign.chief.workingDaysLeft).toBeLessThan(0);
    // Soonest due first: the overdue signature comes before anything due later.
    const inbox = await inboxOf('chief');
    const dated = inbox.filter((item) => item.dueOn !== null).map((item) => item.dueOn!);
    expect(dated).toEqual([...dated].sort());
    expect(inbox.findIndex((item) => item.partnership.id === id)).toBe(0);
  }, 60_000);

  it('asks either council’s chief executive and director, and the commissioner, for a review that has fallen due', async () => {
    const id = await stages.active();
    const dueOn = addDays(today(), -3);
    await sql.query(
      `INSERT INTO partnership_due_date (partnership_id, kind, due_on, label, status) VALUES ($1, 'commissioner_review', $2, 'Commissioner review', 'due')`,
      [id, dueOn],
    );
    const review = await expectAgreement(id, 'record_review');
    expect(Object.keys(review).sort()).toEqual(['bucksChief', 'chief', 'commissioner', 'director']);
    expect(review.commissioner).toMatchObject({ dueOn, overdue: true, actingForCouncilCode: null });
    expect(review.bucksChief.actingForCouncilCode).toBe(BUCKINGHAMSHIRE);
  }, 120_000);

  it('keeps each council’s inbox to its own partnerships, and gives admins none', async () => {
    const id = await stages.inOfficerReview();
    for (const who of ['torbayChief', 'torbayDirector', 'torbayHr', 'admin'] as const) {
      expect(await inboxOf(who)).toEqual([]);
    }
    expect((await inboxOf('director')).map((item) => item.partnership.id)).toContain(id);
    for (const item of await inboxOf('commissioner')) expect(item.kind).toBe('record_review');
  }, 60_000);

  it('gives HR the secondments to approve, then those whose start date has come to start', async () => {
    const id = await stages.failingInOfficerReview();
    const [{ id: secondmentId }] = (await sql.query<{ id: string }>(`SELECT id FROM secondment WHERE partnership_id = $1`, [id])).rows;
    const approve = (await inboxOf('hr')).filter((item) => item.secondment?.id === secondmentId);
    expect(approve).toEqual([
      expect.objectContaining({
        kind: 'approve_secondment',
        actingForCouncilCode: HAMPSHIRE,
        dueOn: today(),
        workingDaysLeft: 0,
        overdue: false,
        secondment: expect.objectContaining({ id: secondmentId, fte: 0.5, start: today() }),
        actionPath: `/api/v1/secondments/${secondmentId}/approve`,
      }),
    ]);
    expect(await inboxOf('torbayHr')).toEqual([]);

    await request(server()).post(approve[0].actionPath).auth(party.hr.key, { type: 'bearer' }).expect(200);
    const start = (await inboxOf('hr')).filter((item) => item.secondment?.id === secondmentId);
    expect(start.map((item) => [item.kind, item.actionPath])).toEqual([
      ['start_secondment', `/api/v1/secondments/${secondmentId}/activate`],
    ]);

    await request(server()).post(start[0].actionPath).auth(party.hr.key, { type: 'bearer' }).expect(200);
    expect((await inboxOf('hr')).filter((item) => item.secondment?.id === secondmentId)).toEqual([]);
  }, 60_000);
});
