import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';

describe('teams and staff', () => {
  let accord: AccordTestApp;
  let hampshireHr: TestKey;
  let torbayHr: TestKey;
  let director: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    hampshireHr = await createTestKey(accord.database.url, { role: 'hr' });
    torbayHr = await createTestKey(accord.database.url, { role: 'hr', councilCode: TORBAY });
    director = await createTestKey(accord.database.url, { role: 'director' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const as = (key: TestKey, test: request.Test) => test.auth(key.key, { type: 'bearer' });
  let teamCounter = 0;

  async function team(overrides: object = {}) {
    teamCounter += 1;
    const response = await as(hampshireHr, http().post('/api/v1/teams'))
      .send({ councilCode: HAMPSHIRE, name: `Assessment team ${teamCounter}`, establishmentFte: 12.5, retentionFloor: 0.85, ...overrides })
      .expect(201);
    return response.body as { id: string; version: number; name: string };
  }

  function staffBody(teamId: string, overrides: object = {}) {
    return {
      teamId,
      displayName: 'Synthetic Worker 001',
      role: 'social_worker',
      contractedFte: 0.8,
      employmentStart: '2016-01-04',
      ...overrides,
    };
  }

  it('lets HR create, read, update and list its own council’s teams', async () => {
    const created = await team();
    const read = await as(hampshireHr, http().get(`/api/v1/teams/${created.id}`)).expect(200);
    expect(read.body).toMatchObject({
      councilCode: HAMPSHIRE,
      establishmentFte: 12.5,
      retentionFloor: 0.85,
      service: 'children_services',
      version: 1,
    });
    const updated = await as(hampshireHr, http().patch(`/api/v1/teams/${created.id}`))
      .send({ version: 1, establishmentFte: 14.25 })
      .expect(200);
    expect(updated.body).toMatchObject({ establishmentFte: 14.25, version: 2 });
    const list = await as(director, http().get('/api/v1/teams')).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(created.id);
  });

  it('refuses a stale team update with 409', async () => {
    const created = await team();
    await as(hampshireHr, http().patch(`/api/v1/teams/${created.id}`))
      .send({ version: 1, retentionFloor: 0.9 })
      .expect(200);
    const stale = await as(hampshireHr, http().patch(`/api/v1/teams/${created.id}`))
      .send({ version: 1, retentionFloor: 0.7 })
      .expect(409);
    expect(stale.body.code).toBe('stale_version');
  });

  it('keeps HR out of another council’s teams, answering its team ids as ids that do not exist', async () => {
    const created = await team();
    const hidden = await as(torbayHr, http().get(`/api/v1/teams/${created.id}`)).expect(404);
    const missing = await as(torbayHr, http().get('/api/v1/teams/00000000-0000-4000-8000-000000000000')).expect(404);
    expect(hidden.body.code).toBe('team_not_found');
    expect(missing.body.code).toBe('team_not_found');
    await as(torbayHr, http().patch(`/api/v1/teams/${created.id}`))
      .send({ version: 1, name: 'Taken over' })
      .expect(404);
    // Council codes are public: refusing work for another council reveals nothing, so it stays 403.
    await as(torbayHr, http().post('/api/v1/teams'))
      .send({ councilCode: HAMPSHIRE, name: 'Sneaky', establishmentFte: 1, retentionFloor: 0.5 })
      .expect(403);
    await as(torbayHr, http().get('/api/v1/teams').query({ councilCode: HAMPSHIRE })).expect(403);
    const own = await as(torbayHr, http().get('/api/v1/teams')).expect(200);
    expect(own.body.items.map((item: { id: string }) => item.id)).not.toContain(created.id);
  });

  it('refuses a second team with the same name in the council', async () => {
    const created = await team();
    const clash = await as(hampshireHr, http().post('/api/v1/teams'))
      .send({ councilCode: HAMPSHIRE, name: created.name, establishmentFte: 3, retentionFloor: 0.85 })
      .expect(409);
    expect(clash.body.code).toBe('name_taken');
  });

  it.each([
    ['a retention floor above 1', { retentionFloor: 1.2 }, 'retentionFloor'],
    ['an establishment of zero', { establishmentFte: 0 }, 'establishmentFte'],
    ['FTE finer than a thousandth', { establishmentFte: 1.0001 }, 'establishmentFte'],
    ['FTE as text', { establishmentFte: 'ten' }, 'establishmentFte'],
  ])('refuses a team with %s', async (_case, overrides, field) => {
    const response = await as(hampshireHr, http().post('/api/v1/teams'))
      .send({ councilCode: HAMPSHIRE, name: `Invalid ${field}`, establishmentFte: 3, retentionFloor: 0.85, ...overrides })
      .expect(422);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('adds staff, finds them by team, role and employment day, and records a leaver', async () => {
    const created = await team();
    const worker = await as(hampshireHr, http().post('/api/v1/staff')).send(staffBody(created.id)).expect(201);
    await as(hampshireHr, http().post('/api/v1/staff'))
      .send(staffBody(created.id, { displayName: 'Synthetic Manager 001', role: 'team_manager', contractedFte: 1 }))
      .expect(201);
    const managers = await as(hampshireHr, http().get('/api/v1/staff').query({ teamId: created.id, role: 'team_manager' })).expect(200);
    expect(managers.body.items.map((item: { displayName: string }) => item.displayName)).toEqual(['Synthetic Manager 001']);
    const left = await as(hampshireHr, http().patch(`/api/v1/staff/${worker.body.id}`))
      .send({ version: 1, employmentEnd: '2018-03-31' })
      .expect(200);
    expect(left.body).toMatchObject({ employmentEnd: '2018-03-31', contractedFte: 0.8, version: 2 });
    const atCabinet = await as(hampshireHr, http().get('/api/v1/staff').query({ teamId: created.id, employedOn: '2018-04-16' })).expect(
      200,
    );
    expect(atCabinet.body.total).toBe(1);
  });

  it.each([
    ['a contracted FTE above 1', { contractedFte: 1.1 }, 'contractedFte'],
    ['a contracted FTE of 0', { contractedFte: 0 }, 'contractedFte'],
    ['an end before the start', { employmentEnd: '2015-01-01' }, 'employmentEnd'],
    ['an unknown role', { role: 'wizard' }, 'role'],
  ])('refuses a staff member with %s', async (_case, overrides, field) => {
    const created = await team();
    const response = await as(hampshireHr, http().post('/api/v1/staff')).send(staffBody(created.id, overrides)).expect(422);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('refuses to delete a team that still has staff, and deletes an empty one', async () => {
    const staffed = await team();
    const member = await as(hampshireHr, http().post('/api/v1/staff')).send(staffBody(staffed.id)).expect(201);
    const refused = await as(hampshireHr, http().delete(`/api/v1/teams/${staffed.id}`)).expect(409);
    expect(refused.body.code).toBe('still_referenced');
    await as(hampshireHr, http().delete(`/api/v1/staff/${member.body.id}`)).expect(204);
    await as(hampshireHr, http().delete(`/api/v1/teams/${staffed.id}`)).expect(204);
    await as(hampshireHr, http().get(`/api/v1/teams/${staffed.id}`)).expect(404);
  });

  it('does not let a chief executive or director edit staff', async () => {
    const created = await team();
    await as(director, http().post('/api/v1/staff')).send(staffBody(created.id)).expect(403);
  });
});
