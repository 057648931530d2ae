import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import pg from 'pg';
import type { WebConfiguration } from '#configuration';
import { PageErrorFilter } from './errors/page-error.filter.js';
import { renderErrorPage, SERVER_ERROR_PAGE } from './errors/error-pages.js';
import { serveAssets } from './layout/assets.js';
import { useNunjucksViews } from './layout/views.js';
import { refuseForgedForms } from './session/csrf.js';
import { requireSignedInPerson } from './session/person-gate.js';
import { webSessions } from './session/web-session.js';
import { IdentityProvider } from './sign-in/identity-provider.js';
import { WEB_CONFIGURATION } from './web-configuration.token.js';

/**
 * The web app's middleware, in order: security headers, assets (no session), sessions in
 * PostgreSQL, form bodies, CSRF on every POST, and the sign-in gate; then the pages. The app must
 * be created with `bodyParser: false`. Returns the session pool, for main.ts to close.
 */
export function configureWebApp(app: NestExpressApplication): pg.Pool {
  const config = app.get<WebConfiguration>(WEB_CONFIGURATION);
  const logger = new Logger('WebApp');
  const provider = app.get(IdentityProvider);
  const server = app.getHttpAdapter().getInstance() as express.Express;
  app.disable('x-powered-by');
  if (config.trustedProxyHops > 0) app.set('trust proxy', config.trustedProxyHops);
  useNunjucksViews(server);
  app.use((_request: Request, response: Response, next: NextFunction) => {
    response.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // GOV.UK's template sets `js-enabled` with one inline script, allowed by its nonce.
          scriptSrc: ["'self'", (_request, response) => `'nonce-${(response as Response).locals.cspNonce as string}'`],
          formAction: ["'self'", new URL(config.identity.issuerUrl).origin],
          upgradeInsecureRequests: config.secureCookies ? [] : null,
        },
      },
    }),
  );
  serveAssets(server);
  const pool = new pg.Pool({ connectionString: config.database.url, max: config.database.poolMax });
  const sessions = webSessions(config, pool);
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.path === '/health') return next();
    sessions(request, response, (error?: unknown) => {
      if (!error) return next();
      logger.error(`the session store failed: ${(error as Error).message}`);
      renderErrorPage(response, 503, SERVER_ERROR_PAGE);
    });
  });
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  app.use(refuseForgedForms);
  app.use(requireSignedInPerson(config, provider));
  // What the middleware above passes on as an error (the pages' own errors go to PageErrorFilter).
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) return next(error);
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    renderErrorPage(response, 500, SERVER_ERROR_PAGE);
  });
  app.useGlobalFilters(new PageErrorFilter());
  return pool;
}
