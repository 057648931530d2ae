import type { AccordClient } from '#api-client';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';
import { listeningClient } from './support/listening-client.js';

const NO_SUCH_RECORD = '00000000-0000-4000-8000-000000000000';

describe('reading one record: a principal, its API keys, a risk, an audit event', () => {
  let accord: AccordTestApp;
  let admin: AccordClient;
  let hampshire: AccordClient;
  let torbay: AccordClient;
  let hrOfHampshire: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp({}, { worker: false });
    admin = await listeningClient(accord.app, (await createTestKey(accord.database.url, { role: 'admin' })).key);
    hampshire = await listeningClient(accord.app, (await createTestKey(accord.database.url, { role: 'chief_executive' })).key);
    torbay = await listeningClient(
      accord.app,
      (await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: TORBAY })).key,
    );
    hrOfHampshire = await createTestKey(accord.database.url, { role: 'hr', councilCode: HAMPSHIRE });
  });

  afterAll(async () => {
    await accord?.close();
  });

  async function draftWithRisk(): Promise<{ partnershipId: string; riskId: string }> {
    const partnership = await hampshire.POST('/api/v1/partnerships', {
      body: {
        title: 'Hampshire support for Buckinghamshire children’s services',
        leadCouncilCode: HAMPSHIRE,
        supportedCouncilCode: BUCKINGHAMSHIRE,
        plannedStart: '2018-05-01',
        plannedEnd: '2022-03-31',
      },
    });
    const partnershipId = partnership.data!.id;
    const risk = await hampshire.POST('/api/v1/partnerships/{partnershipId}/risks', {
      params: { path: { partnershipId } },
      body: { category: 'travel_distance', rating: 'medium', description: 'Buckinghamshire is about 80 miles away' },
    });
    return { partnershipId, riskId: risk.data!.id };
  }

  it('gives an admin one principal by id, and 404 problem details for an id no principal has', async () => {
    const { data } = await admin.GET('/api/v1/principals/{id}', { params: { path: { id: hrOfHampshire.principalId } } });
    expect(data).toMatchObject({ id: hrOfHampshire.principalId, role: 'hr', councilCode: HAMPSHIRE, kind: 'person' });
    const missing = await admin.GET('/api/v1/principals/{id}', { params: { path: { id: NO_SUCH_RECORD } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.code).toBe('principal_not_found');
  });

  it('lists a principal’s API keys, newest first with the revoked one marked, and never the key itself', async () => {
    const path = { id: hrOfHampshire.principalId };
    const issued = await admin.POST('/api/v1/principals/{id}/api-keys', { params: { path }, body: {} });
    await admin.POST('/api/v1/api-keys/{id}/revoke', { params: { path: { id: hrOfHampshire.keyId } } });
    const { data } = await admin.GET('/api/v1/principals/{id}/api-keys', { params: { path } });
    expect(data?.map((key) => [key.id, key.revokedAt === null])).toEqual([
      [issued.data!.id, true],
      [hrOfHampshire.keyId, false],
    ]);
    expect(JSON.stringify(data)).not.toContain(issued.data!.key);
    const missing = await admin.GET('/api/v1/principals/{id}/api-keys', { params: { path: { id: NO_SUCH_RECORD } } });
    expect(missing.response.status).toBe(404);
  });

  it('reads one risk of a partnership, and answers 404 for a risk of another partnership', async () => {
    const first = await draftWithRisk();
    const second = await draftWithRisk();
    const { data } = await hampshire.GET('/api/v1/partnerships/{partnershipId}/risks/{riskId}', { params: { path: first } });
    expect(data).toMatchObject({ id: first.riskId, partnershipId: first.partnershipId, category: 'travel_distance', version: 1 });
    const crossed = await hampshire.GET('/api/v1/partnerships/{partnershipId}/risks/{riskId}', {
      params: { path: { partnershipId: first.partnershipId, riskId: second.riskId } },
    });
    expect(crossed.error?.code).toBe('risk_not_found');
    const elsewhere = await torbay.GET('/api/v1/partnerships/{partnershipId}/risks/{riskId}', { params: { path: first } });
    expect(elsewhere.response.status).toBe(404);
  });

  it('reads one audit event, which another council’s caller is told does not exist', async () => {
    const { partnershipId } = await draftWithRisk();
    const trail = await hampshire.GET('/api/v1/audit-events', { params: { query: { targetId: partnershipId, limit: 1 } } });
    const listed = trail.data!.items[0];
    const { data } = await hampshire.GET('/api/v1/audit-events/{id}', { params: { path: { id: listed.id } } });
    expect(data).toEqual(listed);
    expect(data?.action).toBe('partnership.created');
    const elsewhere = await torbay.GET('/api/v1/audit-events/{id}', { params: { path: { id: listed.id } } });
    expect(elsewhere.response.status).toBe(404);
    expect(elsewhere.error?.code).toBe('audit_event_not_found');
  });

  it('refuses an audit event number that is not a positive whole number of at most 18 digits with 400', async () => {
    for (const id of ['0', '-1', 'abc', '1'.repeat(19)]) {
      const { response, error } = await hampshire.GET('/api/v1/audit-events/{id}', { params: { path: { id } } });
      expect({ id, status: response.status, code: error?.code }).toEqual({ id, status: 400, code: 'bad_request' });
    }
  });
});
