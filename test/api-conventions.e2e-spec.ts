import type { Server } from 'node:http';
import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, type TestKey } from './support/api-keys.js';
import { partnershipRequest } from './support/partnership.builder.js';

interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  responses?: Record<string, unknown>;
}

describe('API conventions', () => {
  let accord: AccordTestApp;
  let chiefExecutive: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    chiefExecutive = await createTestKey(accord.database.url, { role: 'chief_executive' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => {
    const agent = request(accord.app.getHttpServer());
    const as = (call: request.Test) => call.auth(chiefExecutive.key, { type: 'bearer' });
    return {
      get: (url: string) => as(agent.get(url)),
      post: (url: string) => as(agent.post(url)),
    };
  };

  describe('health', () => {
    it('reports liveness without touching dependencies, and without a key', async () => {
      await request(accord.app.getHttpServer()).get('/health').expect(200, { status: 'ok' });
    });

    it('reports readiness with the database, migrations and Temporal up', async () => {
      const response = await request(accord.app.getHttpServer()).get('/ready').expect(200);
      expect(response.body.status).toBe('ok');
      expect(response.body.details).toMatchObject({
        database: { status: 'up' },
        migrations: { status: 'up' },
        temporal: { status: 'up' },
      });
    });
  });

  describe('connections', () => {
    it('keeps an idle connection open longer than a load balancer keeps its own (Node closes after 5 s)', () => {
      const server = accord.app.getHttpServer() as Server;
      expect(server.keepAliveTimeout).toBe(65_000);
      expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
    });
  });

  describe('OpenAPI', () => {
    it('serves Swagger UI at /docs', async () => {
      const response = await request(accord.app.getHttpServer()).get('/docs').redirects(1).expect(200);
      expect(response.text).toContain('swagger-ui');
    });

    it('documents every operation with an id, a summary and its responses', async () => {
      const response = await http().get('/openapi.json').expect(200);
      const operations = Object.values(response.body.paths as Record<string, Record<string, OpenApiOperation>>).flatMap((path) =>
        Object.values(path),
      );
      expect(operations.length).toBeGreaterThanOrEqual(7);
      for (const operation of operations) {
        expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
        expect(operation.summary).toBeTruthy();
        expect(Object.keys(operation.responses ?? {}).length).toBeGreaterThan(0);
      }
      const ids = operations.map((operation) => operation.operationId);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe('request ids', () => {
    it('echoes a safe caller-supplied request id', async () => {
      const response = await http().get('/health').set('x-request-id', 'integrator-42').expect(200);
      expect(response.headers['x-request-id']).toBe('integrator-42');
    });

    it('replaces an unsafe request id with one of its own and names it in problem details', async () => {
      const response = await http().get('/api/v1/partnerships/not-a-uuid').set('x-request-id', 'bad id with spaces').expect(400);
      expect(response.headers['x-request-id']).not.toBe('bad id with spaces');
      expect(response.body.requestId).toBe(response.headers['x-request-id']);
    });
  });

  describe('bad input is answered with problem details, never a 5xx', () => {
    const create = (body: unknown) =>
      http()
        .post('/api/v1/partnerships')
        .set('content-type', 'application/json')
        .send(body as object);

    function expectFieldError(body: { errors: { field: string }[] }, field: string): void {
      expect(body.errors.map((error) => error.field)).toContain(field);
    }

    it('names a missing field', async () => {
      const { title: _omitted, ...withoutTitle } = partnershipRequest();
      const response = await create(withoutTitle).expect(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 422, code: 'validation_failed' });
      expectFieldError(response.body, 'title');
    });

    it('names a field of the wrong type', async () => {
      const response = await create(partnershipRequest({ plannedStart: 20180501 })).expect(422);
      expectFieldError(response.body, 'plannedStart');
    });

    it('refuses a date that does not exist', async () => {
      const response = await create(partnershipRequest({ plannedEnd: '2019-02-30' })).expect(422);
      expectFieldError(response.body, 'plannedEnd');
    });

    it('refuses a partnership between a council and itself', async () => {
      const response = await create(partnershipRequest({ supportedCouncilCode: 'E10000014' })).expect(422);
      expectFieldError(response.body, 'supportedCouncilCode');
    });

    it('refuses a period that ends before it starts', async () => {
      const response = await create(partnershipRequest({ plannedStart: '2022-01-01', plannedEnd: '2021-12-31' })).expect(422);
      expectFieldError(response.body, 'plannedEnd');
    });

    it('refuses an unknown field rather than ignoring it', async () => {
      const response = await create(partnershipRequest({ stage: 'active' })).expect(422);
      expectFieldError(response.body, 'stage');
    });

    it('answers malformed JSON with 400', async () => {
      const response = await create('{"title": ').expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, code: 'bad_request' });
    });

    it('answers an oversized body with 413', async () => {
      const response = await create(partnershipRequest({ title: 'x'.repeat(200_000) })).expect(413);
      expect(response.body).toMatchObject({ status: 413, code: 'payload_too_large' });
    });

    it('answers a malformed id with 400', async () => {
      const response = await http().post('/api/v1/partnerships/42/actions/submit').send({}).expect(400);
      expect(response.body).toMatchObject({ status: 400, code: 'bad_request' });
    });

    it('answers an unknown route with 404', async () => {
      const response = await http().get('/api/v1/nowhere').expect(404);
      expect(response.body).toMatchObject({ status: 404, code: 'not_found' });
    });

    it('refuses a page size beyond the limit', async () => {
      const response = await http().get('/api/v1/partnerships').query({ limit: 1000 }).expect(422);
      expectFieldError(response.body, 'limit');
    });
  });
});
