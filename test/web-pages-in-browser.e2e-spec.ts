/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { BROWSER_ARTIFACTS, launchChromium } from './support/browser.js';
import { livePeriod } from './support/partnership.builder.js';
import { insertDraftPartnership } from './support/partnership-rows.js';
import { signInInBrowser } from './support/web-browser-sign-in.js';
import { startWebStack, type WebStack } from './support/web-stack.js';

describe('the web pages in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let partnershipId: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      startWebStack({
        people: [
          { accountId: 'hampshire-chief', name: 'Chief Executive, Hampshire', email: 'chief@hants.example', role: 'chief_executive' },
        ],
      }),
      launchChromium(),
    ]);
    const sql = new pg.Client({ connectionString: stack.database.ownerUrl });
    await sql.connect();
    try {
      const { plannedStart, plannedEnd } = livePeriod();
      partnershipId = await insertDraftPartnership(sql, { start: plannedStart, end: plannedEnd });
    } finally {
      await sql.end();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('signs the chief executive in and shows the home page, accessible (axe: no serious or critical violations) at 1280 and 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await signInInBrowser(context, stack.webs[0].url, 'hampshire-chief');
      await expect(page.title()).resolves.toBe('What needs you – Accord');
      await expect(page.locator('h1').innerText()).resolves.toBe('What needs you');
      await expect(page.locator('.accord-header__name').innerText()).resolves.toContain('Chief Executive, Hampshire');
      await expect(page.locator(`a[href="/partnerships/${partnershipId}"]`).count()).resolves.toBe(1);
      // The GOV.UK stylesheet and script arrived: styled in Arial, and GOV.UK Frontend ran (js-enabled).
      const heading = page.locator('h1');
      expect(await heading.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^arial/i);
      expect(await page.locator('body').getAttribute('class')).toContain('govuk-frontend-supported');
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        // Reflow (WCAG 1.4.10): nothing wider than the window, so nobody scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(
          serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`),
        ).toEqual([]);
        await page.screenshot({ path: path.join(BROWSER_ARTIFACTS, `web-home-${width}.png`), fullPage: true });
      }
    } finally {
      await context.close();
    }
  });

  it('sorts a table by the column heading pressed, once MOJ Frontend’s script has run', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await signInInBrowser(context, stack.webs[0].url, 'hampshire-chief');
      await page.goto(`${stack.webs[0].url}/portfolio`);
      // The script turns each heading into a button; without it the table is still there, unsorted.
      const heading = page.locator('th', { has: page.locator('button', { hasText: 'Partnership' }) });
      await heading.locator('button').click();
      await expect(heading.getAttribute('aria-sort')).resolves.toBe('ascending');
      await heading.locator('button').click();
      await expect(heading.getAttribute('aria-sort')).resolves.toBe('descending');
    } finally {
      await context.close();
    }
  });

  it('gives the message pages (not found, signed out) a GOV.UK heading and no serious accessibility fault', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await signInInBrowser(context, stack.webs[0].url, 'hampshire-chief');
      for (const [path, status] of [
        [`/partnerships/${randomUUID()}`, 404],
        ['/no-such-page', 404],
        ['/signed-out', 200],
      ] as const) {
        const response = await page.goto(`${stack.webs[0].url}${path}`);
        expect(response?.status()).toBe(status);
        await expect(page.locator('h1.govuk-heading-l').count()).resolves.toBe(1);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(serious.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  it('works from the keyboard: the skip link first, then a partnership reached with Tab and opened with Enter', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await signInInBrowser(context, stack.webs[0].url, 'hampshire-chief');
      const focused = () =>
        page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
      await page.keyboard.press('Tab');
      await expect(focused()).resolves.toEqual({ text: 'Skip to main content', href: '#main-content' });
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
      const target = `/partnerships/${partnershipId}`;
      for (let presses = 0; presses < 30 && (await focused()).href !== target; presses += 1) await page.keyboard.press('Tab');
      await expect(focused()).resolves.toMatchObject({ href: target });
      await page.keyboard.press('Enter');
      await page.waitForURL(`${stack.webs[0].url}${target}`);
      await expect(page.locator('h1').count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });
});
