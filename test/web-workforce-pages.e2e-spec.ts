import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import getPort from 'get-port';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { DevelopmentIdentityProvider } from '#local-stack';
import { seedDemoWorkforce } from '#reference-data';
import { killAtOnce, startApiProcess, type ApiProcess } from './support/api-process.js';
import { createTestKey, HAMPSHIRE } from './support/api-keys.js';
import { BROWSER_ARTIFACTS, launchChromium } from './support/browser.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { startWebProcess, webClientUris, type WebProcess } from './support/web-process.js';

const AUDIENCE = 'urn:accord:api';
const CLIENT = { clientId: 'accord-web', clientSecret: 'web-workforce-test-client-secret' };
const HR = { accountId: 'hampshire-hr', name: 'HR, Hampshire County Council', email: 'hr@hants.example' };
const ISLE_OF_WIGHT = 'E06000046';
const TORBAY = 'E06000027';
const BUCKINGHAMSHIRE = 'E10000002';
const LENDING_TEAM = 'Children in Care, Winchester';

/**
 * HR's pages in a real browser: the teams and a person's secondments (a booking that clashes,
 * read in words, then one that fits), the capacity chart with its floor and a what-if that moves
 * it, and the portfolio of the story's partnerships. Every page passes axe with no serious or
 * critical violation and is photographed at 1280 and 375 px under reports/browser/.
 */
describe('the workforce pages in a browser', () => {
  let database: TestDatabase;
  let sql: pg.Client;
  let provider: DevelopmentIdentityProvider;
  let api: ApiProcess;
  let web: WebProcess;
  let browser: Browser;
  let page: Page;
  let practitioner: { id: string; name: string };
  let buckinghamshire: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new pg.Client({ connectionString: database.ownerUrl });
    await sql.connect();
    await seedDemoWorkforce(sql);
    await insertPartnership(
      sql,
      'Hampshire and Isle of Wight children’s services partnership',
      ISLE_OF_WIGHT,
      '2013-04-01',
      '2024-01-31',
      'completed',
    );
    const torbay = await insertPartnership(
      sql,
      'Hampshire support to Torbay children’s services',
      TORBAY,
      '2016-06-01',
      '2018-06-30',
      'completed',
    );
    buckinghamshire = await insertPartnership(
      sql,
      'Hampshire support for Buckinghamshire',
      BUCKINGHAMSHIRE,
      '2018-06-01',
      '2020-05-31',
      'draft',
    );
    // As in the demo: three Winchester practitioners lent to Torbay at 0.5 FTE, home at the end of June 2018.
    const lent = await sql.query<{ id: string; display_name: string }>(
      `SELECT m.id, m.display_name FROM staff_member m JOIN team t ON t.id = m.team_id
       WHERE t.name = $1 AND m.contracted_fte = 1 ORDER BY m.display_name LIMIT 3`,
      [LENDING_TEAM],
    );
    for (const row of lent.rows) {
      await sql.query(
        `INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, planned_end, status)
         VALUES ($1, $2, 0.5, '2017-01-09', '2018-06-30', '2018-06-30', 'ended')`,
        [row.id, torbay],
      );
      await sql.query(
        `INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, planned_end, status)
         VALUES ($1, $2, 0.5, '2018-06-01', '2019-05-31', '2019-05-31', 'proposed')`,
        [row.id, buckinghamshire],
      );
    }
    practitioner = { id: lent.rows[0].id, name: lent.rows[0].display_name };

    const port = await getPort();
    provider = new DevelopmentIdentityProvider({
      port: await getPort(),
      people: [HR],
      clients: [{ ...CLIENT, ...webClientUris(port) }],
      audience: AUDIENCE,
    });
    await provider.start();
    api = await startApiProcess({
      DATABASE_URL: database.url,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_AUDIENCE: AUDIENCE,
    });
    const admin = await createTestKey(database.url, { role: 'admin' });
    const invited = await fetch(`${api.url}/api/v1/principals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: HR.name, kind: 'person', role: 'hr', councilCode: HAMPSHIRE, email: HR.email }),
    });
    if (invited.status !== 201) throw new Error(`inviting HR answered ${invited.status}: ${await invited.text()}`);
    web = await startWebProcess({
      port,
      DATABASE_URL: database.url,
      ACCORD_API_URL: api.url,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${web.url}/teams`);
    await page.locator(`button[value="${HR.accountId}"]`).click();
    await page.waitForURL(`${web.url}/teams`);
  });

  afterAll(async () => {
    await browser?.close();
    if (web) await killAtOnce(web);
    if (api) await killAtOnce(api);
    await provider?.stop();
    await sql?.end();
    await database?.drop();
  });

  /** No serious or critical axe violation, and the page photographed at both widths. */
  async function checkPage(name: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const grave = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(grave.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(BROWSER_ARTIFACTS, `workforce-${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('lists the teams with home FTE today against the floor, reached from the service navigation', async () => {
    await page.goto(`${web.url}/`);
    await page.locator('.govuk-service-navigation').getByRole('link', { name: 'Teams and staff' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Teams and staff');
    await expect(page.locator('.govuk-service-navigation__item--active').textContent()).resolves.toContain('Teams and staff');
    const row = page.locator('tr', { has: page.locator(`a:text-is("${LENDING_TEAM}")`) });
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('35.7');
    await checkPage('teams');
  });

  it('shows a team’s staff with their secondments', async () => {
    await page.locator(`a:text-is("${LENDING_TEAM}")`).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(LENDING_TEAM);
    const row = page.locator('tr', { has: page.locator(`a:text-is("${practitioner.name}")`) });
    await expect(row.textContent()).resolves.toContain(
      '0.5 FTE to Hampshire support to Torbay children’s services, 9 January 2017 to 30 June 2018',
    );
    await checkPage('team');
  });

  it('refuses a booking that would take the person past their contract, saying why in words, then books one that fits', async () => {
    await page.goto(`${web.url}/staff/${practitioner.id}`);
    await bookSecondment({ fte: '0.6', start: ['1', '9', '2018'], end: ['31', '3', '2019'] });
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain(
      `On 1 September 2018 ${practitioner.name} would be seconded 1.1 FTE against a contract of 1.0 FTE`,
    );
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await checkPage('booking-refused');

    await bookSecondment({ fte: '0.5', start: ['1', '9', '2018'], end: ['31', '3', '2019'] });
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Secondment booked');
    const booked = await sql.query(`SELECT fte::text, status FROM secondment WHERE staff_member_id = $1 AND start_date = '2018-09-01'`, [
      practitioner.id,
    ]);
    expect(booked.rows).toEqual([{ fte: '0.500', status: 'proposed' }]);
    await checkPage('staff-member');
  });

  it('asks before cancelling a secondment and then cancels it', async () => {
    await page.goto(`${web.url}/staff/${practitioner.id}`);
    const row = page.locator('tr', { hasText: '1 September 2018 to 31 March 2019' });
    await row.locator('a', { hasText: 'Cancel' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Cancel this secondment?');
    await checkPage('secondment-cancel');
    await page.locator('button', { hasText: 'Cancel secondment' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Secondment cancelled');
  });

  it('approves, starts and ends a secondment, asking before each step', async () => {
    await page.goto(`${web.url}/staff/${practitioner.id}`);
    await bookSecondment({ fte: '0.2', start: ['1', '4', '2019'], end: ['30', '9', '2019'] });
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Secondment booked');
    const row = () => page.locator('tr', { hasText: '1 April 2019 to 30 September 2019' });
    const step = async (link: string, question: string, done: string) => {
      await row().locator('a', { hasText: link }).click();
      await expect(page.locator('h1').textContent()).resolves.toBe(question);
      if (link === 'End') {
        await page.locator('#endedOn-day').fill('30');
        await page.locator('#endedOn-month').fill('6');
        await page.locator('#endedOn-year').fill('2019');
      }
      await page.locator('button', { hasText: `${link} secondment` }).click();
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(done);
    };
    await step('Approve', 'Approve this secondment?', 'Secondment approved');
    await step('Start', 'Start this secondment?', 'Secondment started');
    await step('End', 'End this secondment?', 'Secondment ended');
    const ended = await sql.query(
      `SELECT status, end_date::text FROM secondment WHERE staff_member_id = $1 AND start_date = '2019-04-01'`,
      [practitioner.id],
    );
    expect(ended.rows).toEqual([{ status: 'ended', end_date: '2019-06-30' }]);
  });

  it('draws the capacity chart with the floor line, and a what-if moves it without saving anything', async () => {
    await page.goto(`${web.url}/councils/${HAMPSHIRE}/capacity?from=2018-01-01&to=2018-12-31`);
    const chart = page.locator('section', { has: page.locator(`h2:text-is("${LENDING_TEAM}")`) });
    await expect(chart.locator('svg[role="img"] .app-capacity-chart__floor').count()).resolves.toBe(1);
    await expect(chart.locator('svg[role="img"] [data-share]').count()).resolves.toBeGreaterThan(0);
    const homeBefore = await chart.locator('.app-capacity-chart__home-line').getAttribute('d');
    await checkPage('capacity');

    const secondmentsBefore = await sql.query('SELECT count(*)::int AS n FROM secondment');
    await page.selectOption('#staffMemberId', practitioner.id);
    await page.fill('#fte', '0.5');
    await page.fill('#start-day', '1');
    await page.fill('#start-month', '7');
    await page.fill('#start-year', '2018');
    await page.fill('#end-day', '31');
    await page.fill('#end-month', '12');
    await page.fill('#end-year', '2018');
    await page.locator('button', { hasText: 'Add and redraw' }).click();
    await page.waitForURL(/proposed=/);
    const after = page.locator('section', { has: page.locator(`h2:text-is("${LENDING_TEAM}")`) });
    await expect(after.locator('[data-share="proposed"]').count()).resolves.toBe(1);
    await expect(after.locator('.app-capacity-chart__home-line').getAttribute('d')).resolves.not.toBe(homeBefore);
    await expect(after.locator('desc').textContent()).resolves.toContain('Proposed (what-if, not saved)');
    expect((await sql.query('SELECT count(*)::int AS n FROM secondment')).rows).toEqual(secondmentsBefore.rows);
    await checkPage('capacity-what-if');
  });

  it('shows the portfolio of the partnerships Hampshire leads on a timeline', async () => {
    await page.goto(`${web.url}/councils/${HAMPSHIRE}/portfolio`);
    const rows = page.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(0).textContent()).resolves.toContain('1 April 2013 to 31 January 2024');
    await expect(rows.nth(1).textContent()).resolves.toContain('Torbay Council');
    await expect(rows.nth(1).textContent()).resolves.toContain('1.5');
    await expect(rows.nth(2).textContent()).resolves.toContain('1 June 2018 to 31 May 2020');
    await expect(page.locator('svg.app-portfolio-timeline rect').count()).resolves.toBe(3);
    await checkPage('portfolio');
  });

  async function bookSecondment(form: { fte: string; start: [string, string, string]; end: [string, string, string] }): Promise<void> {
    await page.selectOption('#partnershipId', buckinghamshire);
    await page.fill('#fte', form.fte);
    for (const [name, [day, month, year]] of [
      ['start', form.start],
      ['end', form.end],
    ] as const) {
      await page.fill(`#${name}-day`, day);
      await page.fill(`#${name}-month`, month);
      await page.fill(`#${name}-year`, year);
    }
    await page.locator('button', { hasText: 'Book secondment' }).click();
    await page.waitForLoadState();
  }
});

async function insertPartnership(
  sql: pg.Client,
  title: string,
  supported: string,
  start: string,
  end: string,
  stage: string,
): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO partnership (title, lead_council_code, supported_council_code, planned_start, planned_end, stage, workflow_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'partnership-' || gen_random_uuid()) RETURNING id`,
    [title, HAMPSHIRE, supported, start, end, stage],
  );
  return rows[0].id;
}
