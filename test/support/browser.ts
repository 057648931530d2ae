import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from './child-process.js';

/** Debian's `chromium` package, which `npm test` installs when it is missing (or CHROMIUM_PATH). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where browser tests leave what a person would look at: screenshots and printed PDFs. */
export const BROWSER_ARTIFACTS = path.join(projectRoot, 'reports', 'browser');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  await mkdir(BROWSER_ARTIFACTS, { recursive: true });
  // The sandbox needs user namespaces that containers and root sessions often lack.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}
