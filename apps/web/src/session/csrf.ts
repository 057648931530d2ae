import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, Response } from 'express';
import { renderErrorPage } from '../errors/error-pages.js';

/**
 * The synchroniser token pattern: one token in the session, sent back by every form as `_csrf`
 * (layout/csrf.njk). A POST (or PUT, PATCH, DELETE) without it, or with another, is refused
 * with 403 before any handler runs.
 */
const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (request) => (typeof request.body?._csrf === 'string' ? request.body._csrf : undefined),
});

export function refuseForgedForms(request: Request, response: Response, next: NextFunction): void {
  csrfSynchronisedProtection(request, response, (error?: unknown) => {
    if (!error) return next();
    renderErrorPage(response, 403, {
      heading: 'This form has expired',
      paragraphs: ['The form was not sent from this session, or the session has ended. Go back, reload the page and try again.'],
      link: { href: '/', text: 'Go to the home page' },
    });
  });
}

/** The session's token for the forms of the page being rendered. */
export function csrfTokenFor(request: Request): string {
  return generateToken(request);
}
