import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { createAccordClient, type AccordClient, type ProblemDetails } from '#api-client';
import { API_CLIENT_SCHEMA, clientSchemaSource } from '../scripts/api-client-schema.js';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE } from './support/api-keys.js';
import { projectRoot } from './support/child-process.js';

/** `npm run generate:client` runs this file with this set: the test writes the client instead of comparing it. */
const WRITE_CLIENT = process.env.ACCORD_WRITE_API_CLIENT === '1';

describe('the typed API client (#api-client)', () => {
  let accord: AccordTestApp;
  let accordClient: AccordClient;

  beforeAll(async () => {
    accord = await startAccordTestApp({}, { worker: false });
    await accord.app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(accord.app.getHttpServer().address() as AddressInfo).port}`;
    accordClient = createAccordClient(baseUrl, (await createTestKey(accord.database.url, { role: 'chief_executive' })).key);
  });

  afterAll(async () => {
    await accord?.close();
  });

  it('is the generated client of the document the API serves now', async () => {
    const document = (await request(accord.app.getHttpServer()).get('/openapi.json').expect(200)).body;
    const generated = await clientSchemaSource(document);
    const file = path.join(projectRoot, API_CLIENT_SCHEMA);
    if (WRITE_CLIENT) await writeFile(file, generated);
    // When this fails, the contract changed: run `npm run generate:client` and commit the result.
    expect(await readFile(file, 'utf8')).toBe(generated);
  });

  it('lists a page of partnerships with an integer limit', async () => {
    const { data, error } = await accordClient.GET('/api/v1/partnerships', { params: { query: { limit: 50, offset: 0 } } });
    expect(error).toBeUndefined();
    const limit: number | undefined = data?.limit;
    expect(limit).toBe(50);
  });

  it('creates a partnership with an optional Idempotency-Key, and replays it for the same key', async () => {
    const body = {
      title: 'Hampshire support for Buckinghamshire children’s services',
      leadCouncilCode: HAMPSHIRE,
      supportedCouncilCode: BUCKINGHAMSHIRE,
      plannedStart: '2018-05-01',
      plannedEnd: '2022-03-31',
    };
    const first = await accordClient.POST('/api/v1/partnerships', { body, params: { header: { 'Idempotency-Key': 'client-test-1' } } });
    const again = await accordClient.POST('/api/v1/partnerships', { body, params: { header: { 'Idempotency-Key': 'client-test-1' } } });
    const withoutKey = await accordClient.POST('/api/v1/partnerships', { body });
    expect(first.response.status).toBe(201);
    expect(again.data?.id).toBe(first.data?.id);
    expect(withoutKey.data?.id).not.toBe(first.data?.id);
    expect(first.data?.stage).toBe('draft');
  });

  it('types an error answer as problem details', async () => {
    const { error, response } = await accordClient.GET('/api/v1/partnerships/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    const problem: ProblemDetails | undefined = error;
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(problem?.code).toBe('partnership_not_found');
  });
});
