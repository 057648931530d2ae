import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { eventually } from './support/eventually.js';
import { walkToActive, type WalkingParty } from './support/partnership-walk.js';
import { partnershipRequest } from './support/partnership.builder.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';

const REFUSED_AT_FIRST = 4;
const TYPES = ['partnership.stage_changed', 'decision.recorded', 'partnership.signed'];

describe('webhooks, signed and delivered durably by a workflow', () => {
  let accord: AccordTestApp;
  let integrator: TestKey;
  let secrets: string[] = [];
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let subscriptionId: string;

  beforeAll(async () => {
    accord = await startAccordTestApp({
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      // Back-off shrunk from seconds and hours to milliseconds; the policy is the same.
      WEBHOOK_RETRY_INITIAL_INTERVAL_MS: '100',
      WEBHOOK_RETRY_MAX_INTERVAL_MS: '400',
      WEBHOOK_POLL_INTERVAL_MS: '100',
      // Three days in production; here long enough for the receiver that is down at first.
      WEBHOOK_GIVE_UP_AFTER_MS: '15000',
    });
    integrator = await createTestKey(accord.database.url, { role: 'integrator', scopes: ['webhooks:write', 'events:read'] });
    receiver = await startWebhookReceiver({ refuseFirst: REFUSED_AT_FIRST, secrets: () => secrets });
  });

  afterAll(async () => {
    await receiver?.close();
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const as = (test: request.Test, key: TestKey = integrator) => test.auth(key.key, { type: 'bearer' });

  it('shows the signing secret once, at creation', async () => {
    const created = await as(http().post('/api/v1/webhook-subscriptions'))
      .send({ url: receiver.url, eventTypes: TYPES, description: 'HR system' })
      .expect(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(created.body).toMatchObject({ councilCode: HAMPSHIRE, status: 'active', eventTypes: TYPES });
    secrets = [created.body.secret];
    subscriptionId = created.body.id;
    const read = await as(http().get(`/api/v1/webhook-subscriptions/${subscriptionId}`)).expect(200);
    expect(read.body.secret).toBeUndefined();
  });

  it('delivers every event of a partnership’s walk to a receiver that was down at first, once per id, in feed order', async () => {
    const url = accord.database.url;
    const party: WalkingParty = {
      chief: await createTestKey(url, { role: 'chief_executive' }),
      director: await createTestKey(url, { role: 'director' }),
      clerk: await createTestKey(url, { role: 'democratic_services' }),
      supportedChief: await createTestKey(url, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE }),
    };
    const partnershipId = await walkToActive(accord.app.getHttpServer(), party);
    await eventually(
      async () => receiver.accepted.map((webhook) => webhook.data.to),
      (tos) => tos.includes('active'),
      'the receiver to hear that the partnership is active',
      { timeoutMs: 60_000 },
    );

    const feed = await as(http().get('/api/v1/events').query({ limit: 500 })).expect(200);
    const expected = (feed.body.items as { id: string; type: string; data: { partnershipId?: string } }[])
      .filter((event) => TYPES.includes(event.type) && event.data.partnershipId === partnershipId)
      .map((event) => event.id);
    const ids = receiver.accepted.map((webhook) => webhook.id);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(receiver.unverified).toEqual([]);
    expect(receiver.accepted[0].type).toBe('partnership.stage_changed');
  });

  it('logs each attempt: the refusals while the receiver was down, with status and error, then the success', async () => {
    const log = await as(http().get(`/api/v1/webhook-subscriptions/${subscriptionId}/deliveries`).query({ limit: 100 })).expect(200);
    const first = (log.body.items as { eventId: string }[]).filter((attempt) => attempt.eventId === log.body.items[0].eventId);
    expect(first).toEqual([
      ...[1, 2, 3, 4].map((attempt) =>
        expect.objectContaining({ attempt, statusCode: 503, succeeded: false, error: 'the receiver answered 503', redelivery: false }),
      ),
      expect.objectContaining({ attempt: 5, statusCode: 204, succeeded: true, error: null }),
    ]);
    expect(log.body.items.every((attempt: { latencyMs: number }) => Number.isInteger(attempt.latencyMs))).toBe(true);
    expect(log.body.total).toBe(receiver.requests());
  });

  it('redelivers an event on request with the same id, signed by both secrets during a rotation’s overlap', async () => {
    const rotated = await as(http().post(`/api/v1/webhook-subscriptions/${subscriptionId}/rotate-secret`))
      .send({ overlapSeconds: 3600 })
      .expect(200);
    const [oldSecret] = secrets;
    const newSecret = rotated.body.secret as string;
    secrets = [newSecret];
    const eventId = receiver.accepted[0].id;
    const before = receiver.accepted.length;
    await as(http().post(`/api/v1/webhook-subscriptions/${subscriptionId}/redeliveries`))
      .send({ eventId })
      .expect(202);
    const again = await eventually(
      async () => receiver.accepted.slice(before),
      (more) => more.length > 0,
      'the redelivered event to arrive',
    );
    expect(again[0].id).toBe(eventId);
    expect(again[0].headers['webhook-signature'].split(' ')).toHaveLength(2);
    // Either secret alone verifies it: receivers switch over at their own pace.
    for (const secret of [oldSecret, newSecret]) {
      expect(() => new Webhook(secret).verify(again[0].body, again[0].headers)).not.toThrow();
    }
    expect(receiver.unverified).toEqual([]);
    const log = await as(http().get(`/api/v1/webhook-subscriptions/${subscriptionId}/deliveries`).query({ limit: 100 })).expect(200);
    expect(log.body.items.at(-1)).toMatchObject({ eventId, redelivery: true, succeeded: true });
  });

  it('marks a subscription failing when one event keeps failing, and resumes from that event when set active again', async () => {
    let down = true;
    let failingSecrets: string[] = [];
    // Down means refusing every signature (401), until the test brings it back.
    const flaky = await startWebhookReceiver({ refuseFirst: 0, secrets: () => (down ? [] : failingSecrets) });
    try {
      const created = await as(http().post('/api/v1/webhook-subscriptions'))
        .send({ url: flaky.url, eventTypes: ['partnership.stage_changed'] })
        .expect(201);
      failingSecrets = [created.body.secret];
      const chief = await createTestKey(accord.database.url, { role: 'chief_executive' });
      const partnership = await as(http().post('/api/v1/partnerships'), chief).send(partnershipRequest()).expect(201);
      await as(http().post(`/api/v1/partnerships/${partnership.body.id}/actions/submit`), chief)
        .send({})
        .expect(200);

      const failing = await eventually(
        async () => (await as(http().get(`/api/v1/webhook-subscriptions/${created.body.id}`)).expect(200)).body,
        (subscription) => subscription.status === 'failing',
        'the subscription to be marked failing',
        { timeoutMs: 60_000 },
      );
      expect(failing.failingReason).toMatch(/could not be delivered: the receiver answered 401/);
      const log = await as(http().get(`/api/v1/webhook-subscriptions/${created.body.id}/deliveries`).query({ limit: 100 })).expect(200);
      expect(log.body.total).toBeGreaterThanOrEqual(3);
      expect(
        log.body.items.every((attempt: { succeeded: boolean; statusCode: number }) => !attempt.succeeded && attempt.statusCode === 401),
      ).toBe(true);

      down = false;
      await as(http().patch(`/api/v1/webhook-subscriptions/${created.body.id}`))
        .send({ version: failing.version, status: 'active' })
        .expect(200);
      const delivered = await eventually(
        async () => flaky.accepted,
        (accepted) => accepted.length > 0,
        'the event that failed to arrive once the subscription is active again',
        { timeoutMs: 30_000 },
      );
      expect(delivered[0]).toMatchObject({ id: log.body.items[0].eventId, data: expect.objectContaining({ to: 'officer_review' }) });
    } finally {
      await flaky.close();
    }
  }, 120_000);

  it.each([
    ['a private address', 'http://10.1.2.3/hook'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data'],
    ['an IPv6 unique-local address', 'http://[fd00::1]/hook'],
    ['an IPv4-mapped private address', 'http://[::ffff:192.168.0.1]/hook'],
  ])('refuses a subscription to %s', async (_what, url) => {
    const refused = await as(http().post('/api/v1/webhook-subscriptions')).send({ url, eventTypes: TYPES }).expect(422);
    expect(refused.body.code).toBe('webhook_destination_refused');
  });
});
