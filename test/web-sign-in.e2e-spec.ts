import pg from 'pg';
import type { DevelopmentIdentityProvider } from '#local-stack';
import type { ApiProcess } from './support/api-process.js';
import type { TestKey } from './support/api-keys.js';
import { eventually } from './support/eventually.js';
import { livePeriod } from './support/partnership.builder.js';
import { insertDraftPartnership } from './support/partnership-rows.js';
import { hiddenValue, HttpBrowser, pickPerson, signInToWebPages, type Page } from './support/web-http-browser.js';
import type { WebProcess } from './support/web-process.js';
import { startWebStack, type WebStack, type WebStackPerson } from './support/web-stack.js';

const PEOPLE: WebStackPerson[] = [
  { accountId: 'hampshire-chief', name: 'Chief Executive, Hampshire', email: 'chief.executive@hants.example', role: 'chief_executive' },
  { accountId: 'hampshire-director', name: 'Director, Hampshire', email: 'director@hants.example', role: 'director' },
  { accountId: 'hampshire-hr', name: 'HR, Hampshire', email: 'hr@hants.example', role: 'hr' },
  { accountId: 'stranger', name: 'Someone nobody invited', email: 'stranger@elsewhere.example' },
];
/** Short, so the re-authentication is seen within the test; the API allows 30 s of clock skew beyond it. */
const ACCESS_TOKEN_TTL_SECONDS = 6;

describe('signing in to the web pages through the OpenID Connect provider', () => {
  let stack: WebStack;
  let sql: pg.Client;
  let provider: DevelopmentIdentityProvider;
  let api: ApiProcess;
  let webs: WebProcess[] = [];
  let admin: TestKey;
  let partnershipId: string;

  beforeAll(async () => {
    stack = await startWebStack({ people: PEOPLE, webReplicas: 2, accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS });
    ({ provider, api, webs, admin } = stack);
    sql = new pg.Client({ connectionString: stack.database.ownerUrl });
    await sql.connect();
    const { plannedStart, plannedEnd } = livePeriod();
    partnershipId = await insertDraftPartnership(sql, { start: plannedStart, end: plannedEnd });
  });

  afterAll(async () => {
    await sql?.end();
    await stack?.stop();
  });

  const sessionRows = async () =>
    (
      await sql.query<{ sid: string; sess: { tokens?: { accessToken: string; refreshToken?: string; idToken?: string } } }>(
        'SELECT sid, sess FROM web_session',
      )
    ).rows;
  const sessionOf = async (browser: HttpBrowser) => {
    const cookie = browser.cookie('localhost', 'accord-session');
    const sid = cookie ? decodeURIComponent(cookie.value).replace(/^s:/, '').split('.')[0] : undefined;
    return (await sessionRows()).find((row) => row.sid === sid)?.sess;
  };
  const expectProviderSignInPage = (page: Page) => {
    expect(page.url.origin).toBe(provider.issuer);
    expect(page.html).toContain('Sign in to Accord');
  };

  describe('the chief executive of Hampshire', () => {
    const browser = new HttpBrowser();
    let home: Page;

    it('is sent to sign in from any page, picks themself at the provider and comes back to the page asked for', async () => {
      const asked = `/partnerships/${partnershipId}?from=inbox`;
      const signIn = await browser.open(`${webs[0].url}${asked}`);
      expectProviderSignInPage(signIn);
      const landed = await pickPerson(browser, signIn, 'hampshire-chief');
      expect(`${landed.url.pathname}${landed.url.search}`).toBe(asked);
      expect(landed.url.origin).toBe(webs[0].url);
      // That page is another helper's to build; until then it is a GOV.UK 404 — to a signed-in person.
      expect(landed.html).toContain('Chief Executive, Hampshire');
    });

    it('sees the partnerships they may see on the home page, each linking to its page, with their name and council above', async () => {
      home = await browser.open(`${webs[0].url}/`);
      expect(home.status).toBe(200);
      expect(home.html).toContain('<title>What needs you – Accord</title>');
      expect(home.html).toContain(`href="/partnerships/${partnershipId}"`);
      expect(home.html).toContain('Hampshire support for Buckinghamshire');
      expect(home.html).toContain('Chief Executive, Hampshire');
      expect(home.html).toContain('Hampshire County Council');
      expect(home.html).toMatch(/<form method="post" action="\/sign-out"[\s\S]*name="_csrf"[\s\S]*Sign out/);
    });

    it('holds only a signed session id in an httpOnly, SameSite=Lax cookie (not Secure on localhost); the tokens stay on the server', async () => {
      const cookie = browser.cookie('localhost', 'accord-session')!;
      expect(cookie.attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax']));
      expect(cookie.attributes.some((attribute) => /^secure$/i.test(attribute))).toBe(false);
      expect(decodeURIComponent(cookie.value)).toMatch(/^s:[\w-]+\.[\w+/=-]+$/);
      const session = await sessionOf(browser);
      expect(session?.tokens).toEqual(expect.objectContaining({ accessToken: expect.any(String), idToken: expect.any(String) }));
      expect(home.html).not.toContain(session?.tokens?.accessToken);
      expect(browser.cookies('localhost').map((each) => each.name)).toEqual(['accord-session']);
    });

    it('is known at a second web process with the same session: replicas share the sessions in PostgreSQL', async () => {
      const elsewhere = await browser.open(`${webs[1].url}/`);
      expect(elsewhere.status).toBe(200);
      expect(elsewhere.html).toContain(`href="/partnerships/${partnershipId}"`);
      expect(elsewhere.html).toContain('Chief Executive, Hampshire');
    });

    it('refuses a form posted without the session’s CSRF token, or with another, with a GOV.UK 403 page', async () => {
      for (const form of [{}, { _csrf: 'not-the-token' }] as Record<string, string>[]) {
        const refused = await browser.open(`${webs[0].url}/sign-out`, { form });
        expect(refused.status).toBe(403);
        expect(refused.html).toContain('This form has expired');
        expect(refused.html).toContain('govuk-template');
      }
      expect((await browser.open(`${webs[0].url}/`)).status).toBe(200);
    });

    const renewedTokens = async (webUrl: string) => {
      const before = (await sessionOf(browser))?.tokens;
      if (!before) throw new Error('no tokens in the session before renewal');
      const pages: Page[] = [];
      const visitedBefore = browser.visited.length;
      const after = await eventually(
        async () => {
          pages.push(await browser.open(`${webUrl}/`));
          return (await sessionOf(browser))?.tokens;
        },
        (tokens) => tokens !== undefined && tokens.accessToken !== before.accessToken,
        'the session has a new access token',
        { timeoutMs: 30_000, everyMs: 500 },
      );
      // Every page asked for was shown, as the same person: nobody was asked to pick themself again.
      expect(pages.map((page) => [page.status, page.url.href])).toEqual(pages.map(() => [200, `${webUrl}/`]));
      expect(pages.at(-1)?.html).toContain('Chief Executive, Hampshire');
      return { before, after: after!, visited: browser.visited.slice(visitedBefore) };
    };

    it('is re-authenticated with the refresh token when the access token expires, without leaving the page', async () => {
      const { before, after, visited } = await renewedTokens(webs[1].url);
      expect(before.refreshToken).toEqual(expect.any(String));
      expect(after.refreshToken).toEqual(expect.any(String));
      expect(visited.filter((line) => line.includes(provider.issuer))).toEqual([]);
    });

    it('without a refresh token, signs in again at the provider, which knows them, and comes back to the page', async () => {
      const sid = decodeURIComponent(browser.cookie('localhost', 'accord-session')!.value).replace(/^s:/, '').split('.')[0];
      await sql.query(`UPDATE web_session SET sess = (sess::jsonb #- '{tokens,refreshToken}')::json WHERE sid = $1`, [sid]);
      const { visited } = await renewedTokens(webs[0].url);
      expect(visited).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^GET ${provider.issuer}/auth\\?`))]));
      expect(visited).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^GET ${webs[0].url}/auth/callback\\?`))]));
    });

    it('signs out with the form: the session ends, the provider’s session too, and the next sign-in asks who they are', async () => {
      const page = await browser.open(`${webs[0].url}/`);
      const csrf = hiddenValue(page.html, '_csrf')!;
      const sid = browser.cookie('localhost', 'accord-session')!.value;
      const confirm = await browser.open(`${webs[0].url}/sign-out`, { form: { _csrf: csrf } });
      // The provider asks to confirm (oidc-provider's own page), as a council's provider may.
      expect(confirm.url.origin).toBe(provider.issuer);
      const xsrf = hiddenValue(confirm.html, 'xsrf');
      const signedOut = xsrf
        ? await browser.open(new URL(/action="([^"]+)"/.exec(confirm.html)![1], confirm.url), { form: { xsrf, logout: 'yes' } })
        : confirm;
      expect(signedOut.url.href).toBe(`${webs[0].url}/signed-out`);
      expect(signedOut.html).toContain('You have signed out');
      expect(browser.cookie('localhost', 'accord-session')).toBeUndefined();
      expect((await sessionRows()).map((row) => row.sid)).not.toContain(decodeURIComponent(sid).replace(/^s:/, '').split('.')[0]);
      expectProviderSignInPage(await browser.open(`${webs[1].url}/`));
    });
  });

  describe('a person Accord refuses', () => {
    it('is shown a GOV.UK page saying so when nobody invited them, and has no session', async () => {
      const browser = new HttpBrowser();
      const refused = await signInToWebPages(browser, webs[0].url, 'stranger');
      expect(refused.status).toBe(403);
      expect(refused.html).toContain('You cannot use Accord');
      expect(refused.html).toContain('stranger@elsewhere.example has not been invited to Accord');
      expect(browser.cookie('localhost', 'accord-session')).toBeUndefined();
    });

    it('loses their web session at once when an admin disables them, on every replica', async () => {
      const browser = new HttpBrowser();
      expect((await signInToWebPages(browser, webs[0].url, 'hampshire-hr')).status).toBe(200);
      const disabled = await fetch(`${api.url}/api/v1/principals/${stack.principals.get('hampshire-hr')}/disable`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin.key}` },
      });
      expect(disabled.status).toBe(200);
      const sid = browser.cookie('localhost', 'accord-session')!.value;
      const refused = await browser.open(`${webs[1].url}/`);
      expect(refused.status).toBe(403);
      expect(refused.html).toContain('You cannot use Accord');
      expect(refused.html).toContain('disabled');
      expect(browser.cookie('localhost', 'accord-session')).toBeUndefined();
      expect((await sessionRows()).map((row) => row.sid)).not.toContain(decodeURIComponent(sid).replace(/^s:/, '').split('.')[0]);
    });
  });

  it('answers an unknown page with a GOV.UK 404 page', async () => {
    const browser = new HttpBrowser();
    await signInToWebPages(browser, webs[0].url, 'hampshire-director');
    const missing = await browser.open(`${webs[0].url}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('Page not found');
    expect(missing.html).toContain('Director, Hampshire');
  });
});
