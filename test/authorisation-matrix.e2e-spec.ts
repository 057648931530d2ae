import getPort from 'get-port';
import pg from 'pg';
import request from 'supertest';
import { CROSS_COUNCIL_ROLES, ROLES, SCOPES, type Role } from '#domain';
import { DevelopmentIdentityProvider } from '#local-stack';
import { ACCESS_POLICY, type AccessRule, type CouncilRelation, type OperationId } from '../apps/api/src/auth/access-policy.js';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, ESSEX, HAMPSHIRE, TORBAY, type TestKey } from './support/api-keys.js';
import { type Call, MATRIX_CALLS, type OperationCall } from './support/authorisation-matrix/matrix-calls.js';
import { matrixFixtures, type MatrixFixtures } from './support/authorisation-matrix/matrix-fixtures.js';
import { signInThroughProvider } from './support/oidc-sign-in.js';
import { partnershipRequest } from './support/partnership.builder.js';

/**
 * The matrix expects what the access policy says; these say a few of its rules again, in words
 * and independently of it, so that a role lost from (or added to) the policy fails this test
 * instead of being agreed with.
 */
const KEY_RULES: Partial<Record<OperationId, readonly Role[]>> = {
  // Only admins manage who may call the API.
  createPrincipal: ['admin'],
  issueApiKey: ['admin'],
  // The partnership's own people: the lead council's officers propose it, the director endorses it.
  createPartnership: ['chief_executive', 'director', 'integrator', 'admin'],
  endorsePartnership: ['director', 'admin', 'integrator'],
  // Only a chief executive overrides a failed capacity check, and only chief executives sign.
  overrideCapacityCheck: ['chief_executive'],
  signPartnership: ['chief_executive'],
  // Democratic services record the Cabinet decision; scrutiny calls it in and decides the outcome.
  recordCabinetDecision: ['democratic_services'],
  callInDecision: ['scrutiny'],
  recordScrutinyOutcome: ['scrutiny'],
  // HR keeps the workforce; secondments are approved by HR or the council's leaders.
  createStaffMember: ['hr', 'admin', 'integrator'],
  approveSecondment: ['hr', 'chief_executive', 'director', 'admin'],
  // Commissioners record interventions.
  createIntervention: ['commissioner', 'admin'],
};

/** How many operations each role may call: a role added to or removed from any entry changes its count. */
const OPERATIONS_PER_ROLE: Record<Role, number> = {
  chief_executive: 44,
  director: 42,
  hr: 37,
  democratic_services: 20,
  scrutiny: 18,
  commissioner: 34,
  integrator: 49,
  admin: 73,
};

/** What a caller of another council may get, for each council relation (lists are filtered rather than refused). */
const OTHER_COUNCIL_GETS: Record<CouncilRelation, readonly OperationCall['otherCouncil'][]> = {
  none: ['same'],
  own_council: [403],
  own_council_records: [404, 'same'],
  partnership_party: [404, 'same'],
  lead_council: [404],
};

const INTEGRATOR_SCOPES = SCOPES;

interface Caller {
  label: string;
  role: Role;
  ownCouncil: boolean;
  key: TestKey;
  /** An access token from the development provider for the same principal; none for integrators (keys only). */
  token?: string;
}

const OIDC = {
  audience: 'urn:accord:api',
  clientId: 'accord',
  clientSecret: 'matrix-client-secret',
  redirectUri: 'http://127.0.0.1:9/auth/callback',
};

/** The development provider's account of a caller: its subject, and the email the caller's principal is invited by. */
const accountOf = (caller: Pick<Caller, 'label'>) => {
  const accountId = caller.label.replaceAll(' ', '-').toLowerCase();
  return { accountId, name: caller.label, email: `${accountId}@matrix.example` };
};

const protectedOperations = (): [OperationId, AccessRule, OperationCall][] =>
  Object.entries(MATRIX_CALLS).flatMap(([operationId, call]) =>
    call === 'public' ? [] : [[operationId as OperationId, ACCESS_POLICY[operationId as OperationId] as AccessRule, call]],
  );

describe('the access policy, against rules stated independently', () => {
  it('gives the key operations exactly the roles said here', () => {
    const policy = Object.keys(KEY_RULES).map((operationId) => [operationId, [...ACCESS_POLICY[operationId as OperationId].roles].sort()]);
    const stated = Object.entries(KEY_RULES).map(([operationId, roles]) => [operationId, [...roles].sort()]);
    expect(policy).toEqual(stated);
  });

  it('lets each role call as many operations as said here', () => {
    const rules: AccessRule[] = Object.values(ACCESS_POLICY);
    const counted = Object.fromEntries(ROLES.map((role) => [role, rules.filter((rule) => rule.roles.includes(role)).length]));
    expect(counted).toEqual(OPERATIONS_PER_ROLE);
  });

  it('has a call for every operation in the policy, and a council relation that fits what another council gets', () => {
    expect(
      protectedOperations()
        .map(([operationId]) => operationId)
        .sort(),
    ).toEqual(Object.keys(ACCESS_POLICY).sort());
    const misfits = protectedOperations()
      .filter(([, rule, call]) => !OTHER_COUNCIL_GETS[rule.council].includes(call.otherCouncil))
      .map(([operationId, rule, call]) => `${operationId}: ${rule.council}, yet another council gets ${call.otherCouncil}`);
    expect(misfits).toEqual([]);
  });
});

describe('who may call which operation', () => {
  let accord: AccordTestApp;
  let admin: TestKey;
  let fixtures: MatrixFixtures;
  let callers: Caller[];
  let operationIds: string[];
  let provider: DevelopmentIdentityProvider;

  beforeAll(async () => {
    const labels = ROLES.flatMap((role) => [`${role} of Hampshire`, ...(CROSS_COUNCIL_ROLES.has(role) ? [] : [`${role} of Torbay`])]);
    provider = new DevelopmentIdentityProvider({
      port: await getPort(),
      people: labels.map((label) => accountOf({ label })),
      clients: [{ clientId: OIDC.clientId, clientSecret: OIDC.clientSecret, redirectUris: [OIDC.redirectUri] }],
      audience: OIDC.audience,
    });
    await provider.start();
    accord = await startAccordTestApp({ OIDC_ISSUER_URL: provider.issuer, OIDC_CLIENT_ID: OIDC.clientId, OIDC_AUDIENCE: OIDC.audience });
    admin = await createTestKey(accord.database.url, { role: 'admin' });
    fixtures = matrixFixtures(accord, admin);
    callers = [];
    for (const role of ROLES) {
      const scopes = role === 'integrator' ? [...INTEGRATOR_SCOPES] : [];
      callers.push({
        label: `${role} of Hampshire`,
        role,
        ownCouncil: true,
        key: await createTestKey(accord.database.url, { role, scopes }),
      });
      if (!CROSS_COUNCIL_ROLES.has(role)) {
        const key = await createTestKey(accord.database.url, { role, councilCode: TORBAY, scopes });
        callers.push({ label: `${role} of Torbay`, role, ownCouncil: false, key });
      }
    }
    // Each person is invited by email and signs in once; the one token is reused for every call.
    const sql = new pg.Client({ connectionString: accord.database.url });
    await sql.connect();
    try {
      for (const caller of callers.filter((candidate) => candidate.role !== 'integrator')) {
        const account = accountOf(caller);
        await sql.query('UPDATE principal SET email = $1 WHERE id = $2', [account.email, caller.key.principalId]);
        const signedIn = await signInThroughProvider({ issuer: provider.issuer, ...OIDC, accountId: account.accountId });
        caller.token = signedIn.accessToken;
      }
    } finally {
      await sql.end();
    }
    const document = await request(accord.app.getHttpServer()).get('/openapi.json').expect(200);
    operationIds = Object.values(document.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((path) =>
      Object.values(path).map((operation) => operation.operationId),
    );
  });

  afterAll(async () => {
    await accord?.close();
    await provider?.stop();
  });

  const asAdmin = (test: request.Test) => test.auth(admin.key, { type: 'bearer' });

  async function send(call: Call, key?: string): Promise<number> {
    let test = request(accord.app.getHttpServer())[call.method](call.path);
    if (key) test = test.auth(key, { type: 'bearer' });
    if (call.body) test = test.send(call.body);
    return (await test).status;
  }

  /** The policy's roles decide 403; the call's own outcome for another council and for its own. */
  function expected(rule: AccessRule, call: OperationCall, caller: Caller): number {
    if (!rule.roles.includes(caller.role)) return 403;
    if (call.otherCouncil !== 'same' && !caller.ownCouncil) return call.otherCouncil;
    return call.success;
  }

  it('covers every operation the API documents, and nothing it does not', () => {
    expect([...operationIds].sort()).toEqual(Object.keys(MATRIX_CALLS).sort());
  });

  it('answers every protected operation without a key with 401', async () => {
    for (const [operationId, , call] of protectedOperations()) {
      const status = await send(await call.call(fixtures));
      expect({ operationId, status }).toEqual({ operationId, status: 401 });
    }
  });

  it('lets public operations through without a key', async () => {
    await request(accord.app.getHttpServer()).get('/health').expect(200);
    await request(accord.app.getHttpServer()).get('/ready').expect(200);
  });

  /** Every protected operation as each caller, with the credential chosen: what came back, and what the policy wants. */
  async function runMatrix(credentialOf: (caller: Caller) => string | undefined) {
    const outcomes: string[] = [];
    const wanted: string[] = [];
    for (const [operationId, rule, call] of protectedOperations()) {
      // A refusal changes nothing, so the callers to be refused share one call; each that should succeed gets fresh records.
      let refused: Call | undefined;
      for (const caller of callers) {
        const credential = credentialOf(caller);
        if (credential === undefined) continue;
        const want = expected(rule, call, caller);
        const status = await send(want < 300 ? await call.call(fixtures) : (refused ??= await call.call(fixtures)), credential);
        outcomes.push(`${operationId} as ${caller.label}: ${status}`);
        wanted.push(`${operationId} as ${caller.label}: ${want}`);
      }
    }
    return { outcomes, wanted };
  }

  it('gives every role, of its own council and of another, exactly the access the policy declares', async () => {
    const { outcomes, wanted } = await runMatrix((caller) => caller.key.key);
    expect(outcomes).toEqual(wanted);
    // About a thousand calls, most on a fresh draft whose workflow starts on Temporal: minutes on a busy two-core machine.
  }, 300_000);

  it('gives every person the same access signed in with an access token from the identity provider as with a key', async () => {
    // Integrators are service accounts: their scopes live on their keys, and they never sign in.
    const people = callers.filter((caller) => caller.role !== 'integrator');
    expect(people.every((caller) => caller.token !== undefined)).toBe(true);
    for (const caller of people) {
      const me = await request(accord.app.getHttpServer()).get('/api/v1/me').auth(caller.token!, { type: 'bearer' }).expect(200);
      expect(me.body).toMatchObject({ id: caller.key.principalId, role: caller.role });
    }
    const { outcomes, wanted } = await runMatrix((caller) => caller.token);
    expect(outcomes).toEqual(wanted);
    expect(outcomes).toHaveLength(protectedOperations().length * people.length);
  }, 300_000);

  it('answers a partnership of other councils as one that does not exist, and refuses the supported council what it may only read', async () => {
    const id = await fixtures.draftPartnership();
    const missing = '00000000-0000-4000-8000-000000000000';
    const bucksDirector = await createTestKey(accord.database.url, { role: 'director', councilCode: BUCKINGHAMSHIRE });
    const torbayDirector = await createTestKey(accord.database.url, { role: 'director', councilCode: TORBAY });
    const endorse = (partnershipId: string, key: TestKey) =>
      request(accord.app.getHttpServer())
        .post(`/api/v1/partnerships/${partnershipId}/actions/endorse`)
        .auth(key.key, { type: 'bearer' })
        .send({});

    const hidden = await endorse(id, torbayDirector).expect(404);
    const absent = await endorse(missing, torbayDirector).expect(404);
    expect(hidden.body).toMatchObject({ code: 'partnership_not_found', title: absent.body.title });
    expect(hidden.body.detail).toBe(absent.body.detail.replace(missing, id));

    await request(accord.app.getHttpServer()).get(`/api/v1/partnerships/${id}`).auth(bucksDirector.key, { type: 'bearer' }).expect(200);
    const refused = await endorse(id, bucksDirector).expect(403);
    expect(refused.body.code).toBe('forbidden_for_council');
  });

  it('never lists another council’s partnerships to a council-bound caller, whatever filters it sends', async () => {
    const hampshireBuckinghamshire = await fixtures.draftPartnership();
    const hampshireTorbay = await asAdmin(request(accord.app.getHttpServer()).post('/api/v1/partnerships'))
      .send(partnershipRequest({ leadCouncilCode: HAMPSHIRE, supportedCouncilCode: TORBAY }))
      .expect(201);
    const filters: Record<string, string | number>[] = [
      {},
      { leadCouncilCode: HAMPSHIRE },
      { supportedCouncilCode: BUCKINGHAMSHIRE },
      { leadCouncilCode: HAMPSHIRE, supportedCouncilCode: BUCKINGHAMSHIRE },
      { leadCouncilCode: ESSEX },
      { stage: 'draft' },
      { stage: 'draft', leadCouncilCode: HAMPSHIRE, limit: 100, offset: 0 },
    ];
    const leaks: string[] = [];
    for (const caller of callers.filter((candidate) => !candidate.ownCouncil)) {
      for (const query of filters) {
        const page = await request(accord.app.getHttpServer())
          .get('/api/v1/partnerships')
          .query(query)
          .auth(caller.key.key, { type: 'bearer' })
          .expect(200);
        const items = page.body.items as { id: string; leadCouncilCode: string; supportedCouncilCode: string }[];
        const foreign = items.filter((item) => item.leadCouncilCode !== TORBAY && item.supportedCouncilCode !== TORBAY);
        if (foreign.length > 0 || page.body.total > items.length) {
          leaks.push(`${caller.label} with ${JSON.stringify(query)}: ${foreign.length} foreign of ${page.body.total}`);
        }
        expect(items.map((item) => item.id)).not.toContain(hampshireBuckinghamshire);
      }
    }
    expect(leaks).toEqual([]);
    // The control: Torbay does see the partnership it receives.
    const torbayChief = callers.find((caller) => caller.label === 'chief_executive of Torbay')!;
    const own = await request(accord.app.getHttpServer())
      .get('/api/v1/partnerships')
      .query({ leadCouncilCode: HAMPSHIRE })
      .auth(torbayChief.key.key, { type: 'bearer' })
      .expect(200);
    expect(own.body.items.map((item: { id: string }) => item.id)).toContain(hampshireTorbay.body.id);
  });

  it('refuses an integrator whose key lacks the scope the operation needs', async () => {
    const readOnly = await createTestKey(accord.database.url, { role: 'integrator', scopes: ['partnerships:read'] });
    await request(accord.app.getHttpServer()).get('/api/v1/partnerships').auth(readOnly.key, { type: 'bearer' }).expect(200);
    const refused = await request(accord.app.getHttpServer())
      .post('/api/v1/partnerships')
      .auth(readOnly.key, { type: 'bearer' })
      .send(partnershipRequest())
      .expect(403);
    expect(refused.body).toMatchObject({ status: 403, code: 'forbidden' });
    await request(accord.app.getHttpServer()).get('/api/v1/audit-events').auth(readOnly.key, { type: 'bearer' }).expect(403);
  });
});
