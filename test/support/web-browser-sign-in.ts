import type { BrowserContext, Page } from 'playwright-core';

/**
 * Signs a person in to the web pages in a real browser (Playwright): opens /sign-in (asking to
 * come back to `returnTo`), picks the person on the development provider's page by account id,
 * and waits until the browser is back on the web pages at that page. Answers the open page.
 */
export async function signInInBrowser(context: BrowserContext, webUrl: string, accountId: string, returnTo = '/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${webUrl}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.locator(`button[name="accountId"][value="${accountId}"]`).click();
  const expected = new URL(returnTo, webUrl);
  await page.waitForURL((url) => url.origin === expected.origin && url.pathname === expected.pathname, { timeout: 30_000 });
  return page;
}
