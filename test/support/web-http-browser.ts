/** One cookie as a browser keeps it, with the attributes a test checks. */
export interface StoredCookie {
  name: string;
  value: string;
  attributes: string[];
}

/**
 * A browser without a screen, over HTTP: follows redirects across hosts, keeps each host's
 * cookies (by host name, as browsers do; ports share them), and posts forms. For e2e tests of
 * the web pages and the provider's sign-in.
 */
export class HttpBrowser {
  private readonly jars = new Map<string, Map<string, StoredCookie>>();
  /** Every request made, for a failing test to show. */
  readonly visited: string[] = [];

  cookie(host: string, name: string): StoredCookie | undefined {
    return this.jars.get(host)?.get(name);
  }

  cookies(host: string): StoredCookie[] {
    return [...(this.jars.get(host)?.values() ?? [])];
  }

  /** One request, no redirect followed. */
  async request(url: URL | string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    this.visited.push(`${init.method ?? 'GET'} ${target.href}`);
    const jar = this.jarOf(target.hostname);
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        cookie: [...jar.values()].map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((attribute) => /^expires=Thu, 01 Jan 1970/i.test(attribute) || /^max-age=0$/i.test(attribute));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, { name, value, attributes });
    }
    return response;
  }

  /** Follows redirects until a page answers; returns it with its final URL. */
  async open(url: URL | string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Page> {
    let response = await this.request(url, init);
    let current = new URL(url);
    for (let hop = 0; hop < 15 && response.status >= 300 && response.status < 400; hop += 1) {
      current = new URL(response.headers.get('location') as string, current);
      response = await this.request(current);
    }
    return { url: current, status: response.status, html: await response.text(), headers: response.headers };
  }

  private jarOf(host: string): Map<string, StoredCookie> {
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }
}

export interface Page {
  url: URL;
  status: number;
  html: string;
  headers: Headers;
}

/** The value of a hidden input, e.g. the `_csrf` of a page's forms. */
export function hiddenValue(html: string, name: string): string | undefined {
  return new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html)?.[1];
}

/**
 * Signs in at the web pages as a person would: /sign-in, the provider's page (picking
 * `accountId`), back to `returnTo`. Answers the page landed on.
 */
export async function signInToWebPages(browser: HttpBrowser, webUrl: string, accountId: string, returnTo = '/'): Promise<Page> {
  const start = await browser.open(`${webUrl}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return pickPerson(browser, start, accountId);
}

/** On the provider's sign-in page, picks the person; follows the redirects back. */
export async function pickPerson(browser: HttpBrowser, page: Page, accountId: string): Promise<Page> {
  const form = /<form method="post" action="([^"]+)"/.exec(page.html);
  if (!form || !page.html.includes(`value="${accountId}"`)) {
    throw new Error(
      `no sign-in page for ${accountId} at ${page.url.href} (${page.status}): ${page.html.slice(0, 400)}; visited ${browser.visited.join(' -> ')}`,
    );
  }
  return browser.open(new URL(form[1], page.url), { form: { accountId } });
}
