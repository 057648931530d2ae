import { AxeBuilder } from '@axe-core/playwright';
import getPort from 'get-port';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { DevelopmentIdentityProvider } from '#local-stack';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { killAtOnce } from './support/api-process.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { BROWSER_ARTIFACTS, launchChromium } from './support/browser.js';
import { eventually } from './support/eventually.js';
import { livePeriod, partnershipRequest } from './support/partnership.builder.js';
import { act, stageOf } from './support/partnership-walk.js';
import { startWebProcess, webClientUris, type WebProcess } from './support/web-process.js';

const AUDIENCE = 'urn:accord:api';
const CLIENT = { clientId: 'accord-web', clientSecret: 'web-partnership-pages-client-secret' };
const PEOPLE = [
  {
    accountId: 'hampshire-chief',
    name: 'Chief Executive, Hampshire',
    email: 'chief.executive@hants.example',
    role: 'chief_executive',
    council: HAMPSHIRE,
  },
  { accountId: 'hampshire-director', name: 'Director, Hampshire', email: 'director@hants.example', role: 'director', council: HAMPSHIRE },
  {
    accountId: 'hampshire-clerk',
    name: 'Democratic Services, Hampshire',
    email: 'democratic.services@hants.example',
    role: 'democratic_services',
    council: HAMPSHIRE,
  },
  {
    accountId: 'buckinghamshire-chief',
    name: 'Chief Executive, Buckinghamshire',
    email: 'chief.executive@bucks.example',
    role: 'chief_executive',
    council: BUCKINGHAMSHIRE,
  },
] as const;
type AccountId = (typeof PEOPLE)[number]['accountId'];

/**
 * The approvers' story in a real browser, through the web pages, the API and the workflow:
 * the director endorses, democratic services record Hampshire's Cabinet decision of 16 April
 * 2018, both chief executives sign from their inboxes and the partnership becomes active. Every
 * page passes axe with no serious or critical violation and is photographed at 1280 and 375 px.
 */
describe('the approvers’ pages in a browser', () => {
  let provider: DevelopmentIdentityProvider;
  let stack: AccordTestApp;
  let server: Server;
  let web: WebProcess;
  let browser: Browser;
  let admin: TestKey;
  let chiefKey: TestKey;
  let partnershipId: string;
  const contexts = new Map<AccountId, BrowserContext>();

  beforeAll(async () => {
    const webPort = await getPort();
    provider = new DevelopmentIdentityProvider({
      port: await getPort(),
      people: PEOPLE.map(({ accountId, name, email }) => ({ accountId, name, email })),
      clients: [{ ...CLIENT, ...webClientUris(webPort) }],
      audience: AUDIENCE,
    });
    await provider.start();
    stack = await startAccordTestApp({ OIDC_ISSUER_URL: provider.issuer, OIDC_CLIENT_ID: CLIENT.clientId, OIDC_AUDIENCE: AUDIENCE });
    server = stack.app.getHttpServer();
    await stack.app.listen(0, '127.0.0.1');
    const apiUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    admin = await createTestKey(stack.database.url, { role: 'admin' });
    for (const person of PEOPLE) {
      await request(server)
        .post('/api/v1/principals')
        .auth(admin.key, { type: 'bearer' })
        .send({ name: person.name, kind: 'person', role: person.role, councilCode: person.council, email: person.email })
        .expect(201);
    }
    // Drafted and submitted over the API: the pages take it from the director's review.
    chiefKey = await createTestKey(stack.database.url, { role: 'chief_executive', councilCode: HAMPSHIRE });
    const created = await request(server)
      .post('/api/v1/partnerships')
      .auth(chiefKey.key, { type: 'bearer' })
      .send(
        partnershipRequest({
          ...livePeriod(),
          kind: 'improvement_partner',
          fundingKind: 'grant_and_recharge',
          fundingAmountPence: 45_000_000,
        }),
      )
      .expect(201);
    partnershipId = created.body.id as string;
    await act(server, chiefKey, partnershipId, 'submit').expect(200);
    web = await startWebProcess({
      port: webPort,
      DATABASE_URL: stack.database.url,
      ACCORD_API_URL: apiUrl,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (web) await killAtOnce(web);
    await stack?.close();
    await provider?.stop();
  });

  /** A browser of the person's own, signed in at the provider's page, on the page asked for. */
  async function signedIn(accountId: AccountId, pathname = '/'): Promise<Page> {
    let context = contexts.get(accountId);
    if (!context) {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.set(accountId, context);
      const page = await context.newPage();
      await page.goto(`${web.url}/sign-in?returnTo=${encodeURIComponent(pathname)}`);
      await page.click(`button[value="${accountId}"]`);
      await page.waitForURL((url) => url.origin === web.url);
      return page;
    }
    const page = await context.newPage();
    await page.goto(`${web.url}${pathname}`);
    return page;
  }

  /** axe finds no serious or critical violation, and the page is photographed at both widths. */
  async function checkPage(page: Page, name: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(BROWSER_ARTIFACTS, `web-partnerships-${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  const errorSummary = (page: Page) => page.locator('.govuk-error-summary').innerText();
  const banner = (page: Page) => page.locator('.govuk-notification-banner--success').innerText();

  it('the director endorses the partnership from its page, after a confirmation step', async () => {
    const home = await signedIn('hampshire-director');
    await expect(home.title()).resolves.toBe('What needs you – Accord');
    await home
      .getByRole('link', { name: /endorse/i })
      .first()
      .waitFor();
    await checkPage(home, 'home-director');

    const page = await signedIn('hampshire-director', `/partnerships/${partnershipId}`);
    await expect(page.title()).resolves.toBe('Hampshire support for Buckinghamshire children’s services – Accord');
    expect(await page.locator('#partnership-summary').innerText()).toContain('£450,000 (grant and recharge)');
    await checkPage(page, 'partnership-officer-review');

    await page.getByRole('button', { name: 'Endorse' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Endorse this partnership?');
    await checkPage(page, 'confirm-endorse');
    await page.getByRole('button', { name: 'Yes, endorse' }).click();
    await page.waitForURL((url) => url.pathname === `/partnerships/${partnershipId}`);
    expect(await banner(page)).toContain('Partnership endorsed');
  });

  it('democratic services record the Cabinet decision of 16 April 2018, after being told what was missing', async () => {
    await eventually(
      () => stageOf(server, chiefKey, partnershipId),
      (stage) => stage === 'cabinet_decision',
      'the capacity check to pass',
    );
    const page = await signedIn('hampshire-clerk', `/partnerships/${partnershipId}`);
    await page.getByRole('button', { name: 'Record the Cabinet decision' }).click();
    await checkPage(page, 'cabinet-decision-form');

    await page.getByLabel('Cabinet', { exact: true }).check();
    await page
      .getByLabel('The decision, as published')
      .fill('That Cabinet approves Hampshire County Council acting as improvement partner to Buckinghamshire County Council.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.title()).resolves.toMatch(/^Error: Record the Cabinet decision/);
    expect(await errorSummary(page)).toContain('Select the decision’s outcome');
    expect(await errorSummary(page)).toContain('Enter the day the decision was taken');
    await checkPage(page, 'cabinet-decision-errors');

    await page.getByLabel('Recommendations approved').check();
    for (const field of ['decisionDate', 'publicationDate', 'meetingDate']) {
      await page.locator(`#${field}-day`).fill('16');
      await page.locator(`#${field}-month`).fill('4');
      await page.locator(`#${field}-year`).fill('2018');
    }
    await page.getByLabel('Meeting (optional)').fill('Cabinet');
    await page.locator('#isKeyDecision-2').check();
    await page.locator('#subjectToCallIn-2').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => url.pathname === `/partnerships/${partnershipId}`);
    expect(await banner(page)).toContain('Cabinet decision recorded');
    expect(await banner(page)).toContain('The partnership is now waiting for signatures.');

    await page
      .getByRole('link', { name: /Improvement partnership|Children’s services|Buckinghamshire/ })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.startsWith('/decisions/'));
    expect(await page.locator('.govuk-summary-list').innerText()).toContain('16 April 2018');
    expect(await page.getByRole('link', { name: /Printable decision notice/ }).getAttribute('href')).toMatch(
      /\/decisions\/[0-9a-f-]+\.html$/,
    );
    await checkPage(page, 'decision-record');
  });

  it('both chief executives sign from their inboxes, and the partnership becomes active', async () => {
    const buckinghamshire = await signedIn('buckinghamshire-chief');
    await buckinghamshire.getByRole('link', { name: /sign/i }).first().click();
    await expect(buckinghamshire.locator('h1').innerText()).resolves.toBe('Sign for Buckinghamshire County Council?');
    await checkPage(buckinghamshire, 'confirm-sign');
    await buckinghamshire.getByRole('button', { name: 'Yes, sign' }).click();
    await buckinghamshire.waitForURL((url) => url.pathname === `/partnerships/${partnershipId}`);
    expect(await banner(buckinghamshire)).toContain('Signed for Buckinghamshire County Council');

    const hampshire = await signedIn('hampshire-chief');
    await checkPage(hampshire, 'home-chief-executive');
    await hampshire.getByRole('link', { name: /sign/i }).first().click();
    await expect(hampshire.locator('h1').innerText()).resolves.toBe('Sign for Hampshire County Council?');
    await hampshire.getByRole('button', { name: 'Yes, sign' }).click();
    await hampshire.waitForURL((url) => url.pathname === `/partnerships/${partnershipId}`);
    expect(await banner(hampshire)).toContain('Signed for Hampshire County Council');
    expect(await banner(hampshire)).toContain('The partnership is now active.');
    expect(await stageOf(server, chiefKey, partnershipId)).toBe('active');
    await checkPage(hampshire, 'partnership-active');
  });

  it('shows a refusal in plain words in the error summary when someone acts out of turn', async () => {
    const page = await signedIn('hampshire-director', `/partnerships/${partnershipId}/actions/endorse`);
    await page.getByRole('button', { name: 'Yes, endorse' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await errorSummary(page)).toContain('This partnership is no longer waiting for the director’s endorsement. It is now active.');
    expect(await errorSummary(page)).not.toContain('stage_action_not_allowed');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await checkPage(page, 'refusal');
  });

  it('shows commissioners’ interventions to anyone who may read them', async () => {
    const page = await signedIn('hampshire-chief', '/interventions');
    await expect(page.title()).resolves.toBe('Interventions – Accord');
    await expect(page.locator('h1').innerText()).resolves.toBe('Interventions');
    await checkPage(page, 'interventions');
  });

  it('refuses a form posted without its CSRF token', async () => {
    const page = await signedIn('hampshire-chief', `/partnerships/${partnershipId}/actions/withdraw`);
    await page.locator('#main-content input[name="_csrf"]').evaluate((input) => input.remove());
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Yes, withdraw' }).click(),
    ]);
    expect(answer.status()).toBe(403);
    expect(await stageOf(server, chiefKey, partnershipId)).toBe('active');
  });

  it('the lead council’s chief executive drafts a partnership, corrects what the form refuses, and changes the draft', async () => {
    const page = await signedIn('hampshire-chief', '/partnerships/new');
    await expect(page.title()).resolves.toBe('Draft a partnership – Accord');
    await page.getByRole('button', { name: 'Save draft' }).click();
    expect(await errorSummary(page)).toContain('Enter a title for the partnership');
    expect(await errorSummary(page)).toContain('Select the council you will support');
    await checkPage(page, 'draft-errors');

    await page.getByLabel('Title').fill('Hampshire support for Torbay children’s services');
    await page.getByLabel('Council you will support').selectOption({ label: 'Torbay Council' });
    for (const [field, day, month, year] of [
      ['plannedStart', '1', '4', '2030'],
      ['plannedEnd', '31', '3', '2029'],
    ]) {
      await page.locator(`#${field}-day`).fill(day);
      await page.locator(`#${field}-month`).fill(month);
      await page.locator(`#${field}-year`).fill(year);
    }
    await page.getByRole('button', { name: 'Save draft' }).click();
    expect(await errorSummary(page)).toContain('The planned end must be the same as or after the planned start');
    await page.locator('#plannedEnd-year').fill('2031');
    await page.getByLabel('Funding (optional)').fill('250,000');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL((url) => /^\/partnerships\/[0-9a-f-]{36}$/.test(url.pathname));
    expect(await page.locator('#partnership-summary').innerText()).toContain('£250,000');
    await checkPage(page, 'partnership-draft');

    await page.getByRole('link', { name: /Change the draft/ }).click();
    await checkPage(page, 'draft-edit');
    await page.getByLabel('Title').fill('Hampshire peer support for Torbay');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('h1', { hasText: 'Hampshire peer support for Torbay' }).waitFor();
  });
});
