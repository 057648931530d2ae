import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { partnershipWorkflowId } from '#workflows';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { cabinetDecision } from './support/decision.builder.js';
import { eventually } from './support/eventually.js';
import { act as actOn, waitForStage } from './support/partnership-walk.js';

describe('chasing missing signatures', () => {
  let accord: AccordTestApp;
  const keys = {} as Record<'chief' | 'director' | 'clerk' | 'bucks', TestKey>;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    keys.chief = await createTestKey(accord.database.url, { role: 'chief_executive' });
    keys.director = await createTestKey(accord.database.url, { role: 'director' });
    keys.clerk = await createTestKey(accord.database.url, { role: 'democratic_services' });
    keys.bucks = await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const act = (who: TestKey, id: string, action: string, body: object = {}) => actOn(accord.app.getHttpServer(), who, id, action, body);

  async function query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const client = new pg.Client({ connectionString: accord.database.url });
    await client.connect();
    try {
      return (await client.query(sql, parameters)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it('reminds the chief executives, then escalates to the leaders, once each, while a signature is missing', async () => {
    // A partnership whose workflow runs with short chase periods instead of the council's working days.
    const id = randomUUID();
    await query(
      `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, workflow_id)
       VALUES ($1, 'Chased partnership', $2, $3, '2018-05-01', '2022-03-31', $4)`,
      [id, HAMPSHIRE, BUCKINGHAMSHIRE, partnershipWorkflowId(id)],
    );
    await accord.temporal.workflow.start('partnershipWorkflow', {
      taskQueue: accord.taskQueue,
      workflowId: partnershipWorkflowId(id),
      args: [{ partnershipId: id, signOffTiming: { remindAfterMs: 1_000, escalateAfterMs: 2_500 } }],
    });
    await act(keys.chief, id, 'submit').expect(200);
    await act(keys.director, id, 'endorse').expect(200);
    await waitForStage(accord.app.getHttpServer(), keys.chief, id, 'cabinet_decision');
    const { councilCode: _council, ...decision } = cabinetDecision();
    await act(keys.clerk, id, 'cabinet-decision', decision).expect(200);
    await act(keys.bucks, id, 'sign').expect(200);

    // The escalation is the last chase the workflow makes: once it is there, no other can follow.
    const chases = await eventually(
      () =>
        query<{ action: string; after: { waitingFor: string[]; to: string } }>(
          `SELECT action, after FROM audit_event WHERE target_id = $1 AND action LIKE 'partnership.sign_off_%' ORDER BY id`,
          [id],
        ),
      (found) => found.some((chase) => chase.action === 'partnership.sign_off_escalated'),
      'the sign-off to be escalated',
    );
    expect(chases).toEqual([
      { action: 'partnership.sign_off_reminder', after: { waitingFor: [HAMPSHIRE], to: 'chief executives' } },
      { action: 'partnership.sign_off_escalated', after: { waitingFor: [HAMPSHIRE], to: 'council leaders' } },
    ]);
    await expect(
      act(keys.chief, id, 'sign')
        .expect(200)
        .then((response) => response.body.stage),
    ).resolves.toBe('active');
  });
});
