/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createTestKey } from './support/api-keys.js';
import { killAtOnce, startApiProcess, type ApiProcess } from './support/api-process.js';
import { BROWSER_ARTIFACTS, launchChromium } from './support/browser.js';
import { cabinetDecision } from './support/decision.builder.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// A4 in PostScript points, as a PDF's MediaBox gives it (210 × 297 mm), within a point.
const A4_POINTS = { width: 595.3, height: 841.9 };

describe('the decision page in a real browser', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let decisionId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    [api, browser] = await Promise.all([
      startApiProcess({ DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: `decision-page-${process.pid}` }),
      launchChromium(),
    ]);
    const clerk = await createTestKey(database.url, { role: 'democratic_services' });
    const created = await fetch(`${api.url}/api/v1/decision-records`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerk.key}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        cabinetDecision({
          reasons: 'Hampshire has the capacity to help as its commitment in Torbay ends, and has improved services before.',
          alternativeOptions: 'Not to offer support, leaving Buckinghamshire to find another partner.',
          interestsDeclared: 'None',
        }),
      ),
    });
    if (created.status !== 201) throw new Error(`recording the decision answered ${created.status}: ${await created.text()}`);
    decisionId = ((await created.json()) as { id: string }).id;
  });

  afterAll(async () => {
    await browser?.close();
    if (api) await killAtOnce(api);
    await database?.drop();
  });

  it('renders the Hampshire decision of 16 April 2018 with its labels, styled, and prints it on A4', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const response = await page.goto(`${api.url}/decisions/${decisionId}.html`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('Decision details - Hampshire County Council');
    const labels = await page.locator('.mgLabel').allInnerTexts();
    expect(labels.map((label) => label.trim())).toEqual(
      expect.arrayContaining(['Decision Maker:', 'Decision status:', 'Is Key decision?:', 'Is subject to call in?:', 'Date of decision:']),
    );
    const label = page.locator('.mgLabel').first();
    // The GOV.UK stylesheet arrived (labels bold, headings large), in Arial rather than GDS Transport.
    expect(await label.evaluate((element) => getComputedStyle(element).fontWeight)).toBe('700');
    expect(await label.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^arial/i);
    await page.screenshot({ path: path.join(BROWSER_ARTIFACTS, 'decision-page-hampshire-2018-04-16-1280.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    const pdfPath = path.join(BROWSER_ARTIFACTS, 'decision-page-hampshire-2018-04-16-a4.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: false });
    const pdf = (await readFile(pdfPath)).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((box) => [Number(box[1]), Number(box[2])]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [width, height] of boxes) {
      expect(Math.abs(width - A4_POINTS.width)).toBeLessThan(1);
      expect(Math.abs(height - A4_POINTS.height)).toBeLessThan(1);
    }
    await page.close();
  });

  it('lays the page out at 375 px without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${api.url}/decisions/${decisionId}.html`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(BROWSER_ARTIFACTS, 'decision-page-hampshire-2018-04-16-375.png'), fullPage: true });
    await page.close();
  });

  it('offers the council’s Atom feed, which a browser’s XML parser reads', async () => {
    const page = await browser.newPage();
    await page.goto(`${api.url}/decisions/${decisionId}.html`);
    const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(feedHref).toBe('/councils/E10000014/decisions.atom');
    const entries = await page.evaluate(async (href) => {
      const xml = new DOMParser().parseFromString(await (await fetch(href)).text(), 'application/xml');
      if (xml.querySelector('parsererror')) return null;
      return [...xml.getElementsByTagName('entry')].map((entry) => entry.getElementsByTagName('title')[0]?.textContent);
    }, feedHref as string);
    expect(entries).toEqual(['Children’s services improvement partnership with Buckinghamshire County Council']);
    await page.close();
  });
});
