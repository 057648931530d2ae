import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { GOVUK_FRONTEND_DIST, MOJ_FRONTEND_ROOT } from './views.js';

/** The build compiles web.scss into assets/ beside the compiled code (dist/apps/web/src/assets). */
const COMPILED_ASSETS = fileURLToPath(new URL('../assets/', import.meta.url));

/**
 * Starts GOV.UK Frontend's and MOJ Frontend's scripts on every page (MOJ's sorts the tables marked
 * `moj-sortable-table`): progressive enhancement only, the pages work without them.
 */
const START_SCRIPT = [
  "import { initAll } from '/assets/govuk-frontend.min.js';",
  "import { initAll as initMojFrontend } from '/assets/moj-frontend.min.js';",
  'initAll();',
  'initMojFrontend();',
  '',
].join('\n');

/**
 * Serves /assets: Accord's stylesheet, GOV.UK Frontend's fonts, images, manifest and script, and
 * MOJ Frontend's stylesheet, script and images. Mounted before the session, so assets never make one.
 */
export function serveAssets(app: Express): void {
  const options = { maxAge: '1h', index: false, fallthrough: true } as const;
  const file = (route: string, location: string) => app.get(route, (_request, response) => response.sendFile(location, { maxAge: '1h' }));
  file('/assets/govuk-frontend.min.js', path.join(GOVUK_FRONTEND_DIST, 'govuk', 'govuk-frontend.min.js'));
  file('/assets/moj-frontend.min.css', path.join(MOJ_FRONTEND_ROOT, 'moj', 'moj-frontend.min.css'));
  file('/assets/moj-frontend.min.js', path.join(MOJ_FRONTEND_ROOT, 'moj', 'moj-frontend.min.js'));
  app.get('/assets/accord-web.js', (_request, response) => {
    response.type('text/javascript').set('cache-control', 'public, max-age=3600').send(START_SCRIPT);
  });
  app.use('/assets', express.static(COMPILED_ASSETS, options));
  app.use('/assets', express.static(path.join(GOVUK_FRONTEND_DIST, 'govuk', 'assets'), options));
  app.use('/assets', express.static(path.join(MOJ_FRONTEND_ROOT, 'moj', 'assets'), options));
  app.use('/assets', (_request, response) => response.status(404).type('text/plain').send('no such asset'));
  // Browsers ask for it unprompted; without this it would meet the sign-in gate.
  app.get('/favicon.ico', (_request, response) => response.status(204).set('cache-control', 'public, max-age=86400').end());
}
