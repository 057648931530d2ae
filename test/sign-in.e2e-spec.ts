import { createPublicKey } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';
import { signingKey } from '#local-stack';
import { HAMPSHIRE } from './support/api-keys.js';
import { signInThroughProvider } from './support/oidc-sign-in.js';
import { startTokenAcceptingReplicas, TOKEN_AUDIENCE, type TokenAcceptingReplicas } from './support/token-accepting-replicas.js';

const PEOPLE = [
  { accountId: 'hampshire-chief', name: 'Chief Executive, Hampshire', email: 'Chief.Executive@hants.example' },
  { accountId: 'hampshire-hr', name: 'HR, Hampshire', email: 'hr@hants.example' },
  { accountId: 'hampshire-hr-officer', name: 'HR officer, Hampshire', email: 'hr.officer@hants.example' },
  { accountId: 'stranger', name: 'Someone nobody invited', email: 'stranger@elsewhere.example' },
];

describe('people signing in through the OpenID Connect provider', () => {
  // Two replicas of the API, as real processes: a token is good at either.
  let system: TokenAcceptingReplicas;

  beforeAll(async () => {
    system = await startTokenAcceptingReplicas(PEOPLE, 'sign-in-test-client-secret');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const call = async (path: string, credential: string, init: { method?: string; body?: object; replica?: number } = {}) => {
    const response = await fetch(`${system.replicas[init.replica ?? 0].url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const invite = async (email: string, role: 'chief_executive' | 'hr' = 'chief_executive') => {
    const created = await call('/api/v1/principals', system.admin.key, {
      method: 'POST',
      body: { name: `Invited ${email}`, kind: 'person', role, councilCode: HAMPSHIRE, email },
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const signIn = (accountId: string) =>
    signInThroughProvider({
      issuer: system.provider.issuer,
      clientId: system.client.clientId,
      clientSecret: system.client.clientSecret,
      redirectUri: system.client.redirectUri,
      accountId,
    });

  describe('a person an admin invited', () => {
    let principalId: string;
    let accessToken: string;

    beforeAll(async () => {
      // Invited in another case than the provider gives it: an email matches whatever its case.
      principalId = await invite('chief.executive@HANTS.example');
      ({ accessToken } = await signIn('hampshire-chief'));
    });

    it('signs in through the provider and calls the API as themself, at either replica', async () => {
      for (const replica of [0, 1]) {
        const me = await call('/api/v1/me', accessToken, { replica });
        expect(me).toMatchObject({ status: 200, body: { id: principalId, role: 'chief_executive', councilCode: HAMPSHIRE, scopes: [] } });
      }
      const partnerships = await call('/api/v1/partnerships', accessToken);
      expect(partnerships.status).toBe(200);
    });

    it('is recorded in the audit trail as signed in through the provider, as a key holder is as holding a key', async () => {
      const officerId = await invite('hr.officer@hants.example', 'hr');
      const officer = await signIn('hampshire-hr-officer');
      const team = await call('/api/v1/teams', officer.accessToken, {
        method: 'POST',
        body: { councilCode: HAMPSHIRE, name: 'Signed-in team', establishmentFte: 4, retentionFloor: 0.5 },
      });
      expect(team.status).toBe(201);
      const audit = await call(`/api/v1/audit-events?targetId=${String(team.body.id)}`, system.admin.key);
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          actor: expect.objectContaining({ principalId: officerId, authenticatedBy: `access_token ${system.provider.issuer}` }),
        }),
      ]);
      const byKey = await call(`/api/v1/audit-events?targetId=${principalId}`, system.admin.key);
      expect(byKey.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'principal.created', actor: expect.objectContaining({ authenticatedBy: 'api_key' }) }),
        ]),
      );
    });

    it('is bound to the provider’s subject at the first sign-in, which the audit trail and the people list show', async () => {
      const people = await call('/api/v1/principals?limit=100', system.admin.key);
      expect((people.body.items as { id: string }[]).find((person) => person.id === principalId)).toMatchObject({
        email: 'chief.executive@hants.example',
        signInBound: true,
        lastSignedInAt: expect.any(String),
        disabledAt: null,
      });
      const audit = await call(`/api/v1/audit-events?targetId=${principalId}`, system.admin.key);
      expect(audit.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'principal.sign_in_bound',
            after: expect.objectContaining({ subject: 'hampshire-chief', issuer: system.provider.issuer }),
          }),
        ]),
      );
    });

    it('keeps API keys working beside tokens', async () => {
      expect((await call('/api/v1/me', system.admin.key)).body).toMatchObject({ role: 'admin' });
    });
  });

  it('refuses a person nobody invited with 403 and says why', async () => {
    const { accessToken } = await signIn('stranger');
    const refused = await call('/api/v1/me', accessToken);
    expect(refused).toMatchObject({ status: 403, type: expect.stringContaining('application/problem+json'), body: { code: 'forbidden' } });
    expect(refused.body.detail).toBe('stranger@elsewhere.example has not been invited to Accord; ask an administrator to add you');
  });

  it('stops a person’s token at once when an admin disables them, and refuses them with 403 from then on', async () => {
    const principalId = await invite('hr@hants.example', 'hr');
    const { accessToken } = await signIn('hampshire-hr');
    expect((await call('/api/v1/me', accessToken, { replica: 1 })).status).toBe(200);
    const disabled = await call(`/api/v1/principals/${principalId}/disable`, system.admin.key, { method: 'POST' });
    expect(disabled).toMatchObject({ status: 200, body: { disabledAt: expect.any(String) } });
    for (const replica of [0, 1]) {
      const refused = await call('/api/v1/me', accessToken, { replica });
      expect(refused).toMatchObject({ status: 403, body: { code: 'forbidden', detail: expect.stringContaining('disabled') } });
    }
  });

  describe('tokens the API refuses, each with 401 and a problem body', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const sign = async (claims: Record<string, unknown>, options: { alg?: string; key?: JWK } = {}) => {
      const jwk = options.key ?? system.signingJwk;
      return new SignJWT({ email: 'chief.executive@hants.example', email_verified: true, ...claims })
        .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: jwk.kid, typ: 'at+jwt' })
        .sign(await importJWK(jwk, options.alg ?? 'RS256'));
    };
    const valid = { iss: () => system.provider.issuer, sub: 'hampshire-chief', aud: TOKEN_AUDIENCE };
    const claims = (overrides: Record<string, unknown> = {}) => ({
      iss: valid.iss(),
      sub: valid.sub,
      aud: valid.aud,
      iat: now(),
      exp: now() + 300,
      ...overrides,
    });
    const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

    const expectRefused = async (token: string, reason: RegExp) => {
      const refused = await call('/api/v1/me', token);
      expect(refused).toMatchObject({
        status: 401,
        type: expect.stringContaining('application/problem+json'),
        body: { status: 401, code: 'unauthenticated', detail: expect.stringMatching(reason) },
      });
    };

    it('accepts a token forged with the provider’s own key, so each refusal below is for its one fault', async () => {
      expect((await call('/api/v1/me', await sign(claims()))).status).toBe(200);
    });

    it('refuses an expired token (beyond the clock tolerance)', async () => {
      await expectRefused(await sign(claims({ iat: now() - 3600, exp: now() - 120 })), /expired/);
    });

    it('refuses a token that is not valid yet', async () => {
      await expectRefused(await sign(claims({ nbf: now() + 600 })), /not valid yet/);
    });

    it('refuses a token for another audience', async () => {
      await expectRefused(await sign(claims({ aud: 'urn:someone-else' })), /another audience/);
    });

    it('refuses a token from another issuer', async () => {
      await expectRefused(await sign(claims({ iss: 'https://login.example.com/another-tenant/v2.0' })), /another issuer/);
    });

    it('refuses a token whose payload was changed after signing', async () => {
      const [header, , signature] = (await sign(claims())).split('.');
      await expectRefused(`${header}.${base64url(claims({ sub: 'someone-else' }))}.${signature}`, /signature does not verify/);
    });

    it('refuses an unsigned token (alg none)', async () => {
      await expectRefused(`${base64url({ alg: 'none', typ: 'at+jwt' })}.${base64url(claims())}.`, /must be signed with one of RS256/);
    });

    it('refuses an HMAC token keyed with the provider’s public key', async () => {
      const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = system.signingJwk;
      // The classic confusion: a verifier that takes the key's bytes as an HMAC secret accepts this.
      const publicPem = createPublicKey({ key: publicJwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      const hmac = await new SignJWT(claims())
        .setProtectedHeader({ alg: 'HS256', kid: system.signingJwk.kid })
        .sign(new TextEncoder().encode(String(publicPem)));
      await expectRefused(hmac, /must be signed with one of RS256/);
    });

    it('refuses a token signed with a key the provider does not publish', async () => {
      await expectRefused(await sign(claims(), { key: await signingKey() }), /key the issuer does not publish/);
    });

    it('says what is missing when there is no credential at all', async () => {
      const response = await fetch(`${system.replicas[0].url}/api/v1/me`);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="accord"');
      expect(((await response.json()) as { detail: string }).detail).toMatch(/API key or access token is required/);
    });
  });
});
