import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, type TestKey } from './support/api-keys.js';

describe('hardening', () => {
  let accord: AccordTestApp;
  let first: TestKey;
  let second: TestKey;

  beforeAll(async () => {
    accord = await startAccordTestApp({ RATE_LIMIT_PER_MINUTE: '5', CORS_ORIGINS: 'https://portal.hants.gov.uk' });
    first = await createTestKey(accord.database.url, { role: 'hr' });
    second = await createTestKey(accord.database.url, { role: 'hr' });
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());

  it('limits requests per API key and answers the excess with 429 problem details', async () => {
    for (let i = 0; i < 5; i += 1) await http().get('/api/v1/me').auth(first.key, { type: 'bearer' }).expect(200);
    const limited = await http().get('/api/v1/me').auth(first.key, { type: 'bearer' }).expect(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'too_many_requests' });
    // Another key has its own allowance.
    await http().get('/api/v1/me').auth(second.key, { type: 'bearer' }).expect(200);
  });

  it('never rate limits health checks', async () => {
    for (let i = 0; i < 8; i += 1) await http().get('/health').expect(200);
  });

  it('sends security headers and hides the framework', async () => {
    const response = await http().get('/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows cross-origin calls only from configured origins', async () => {
    const allowed = await http().get('/health').set('Origin', 'https://portal.hants.gov.uk').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.hants.gov.uk');
    const other = await http().get('/health').set('Origin', 'https://elsewhere.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
