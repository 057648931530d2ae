import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);

/** govuk-frontend's dist/ folder: its templates are "govuk/…", its assets under govuk/assets. */
export const GOVUK_FRONTEND_DIST = path.resolve(path.dirname(require.resolve('govuk-frontend')), '..');
/** The MOJ Frontend package folder: its templates are "moj/…", its assets under moj/assets. */
export const MOJ_FRONTEND_ROOT = path.dirname(require.resolve('@ministryofjustice/frontend/package.json'));
/** apps/web/src (in dist/ when built): page templates sit beside their controllers, e.g. "home/home.njk". */
export const WEB_TEMPLATES_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Nunjucks as Express's view engine: res.render('home/home.njk', {…}). Templates find Accord's
 * own (layout/page.njk and every page's), GOV.UK Frontend's and MOJ Frontend's, with the MOJ filters.
 */
export function useNunjucksViews(app: Express): nunjucks.Environment {
  const environment = nunjucks.configure([WEB_TEMPLATES_ROOT, GOVUK_FRONTEND_DIST, MOJ_FRONTEND_ROOT], {
    autoescape: true,
    express: app,
    noCache: false,
  });
  const mojFilters = require('@ministryofjustice/frontend/moj/filters/all') as () => Record<string, (...args: unknown[]) => unknown>;
  for (const [name, filter] of Object.entries(mojFilters())) environment.addFilter(name, filter);
  app.set('view engine', 'njk');
  return environment;
}
