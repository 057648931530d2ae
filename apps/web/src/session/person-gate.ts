import type { NextFunction, Request, Response } from 'express';
import type { WebConfiguration } from '#configuration';
import { apiClientFor } from '../api/person-api.js';
import { renderErrorPage, UNAVAILABLE_PAGE } from '../errors/error-pages.js';
import { IdentityProviderUnavailable, type IdentityProvider } from '../sign-in/identity-provider.js';
import { serviceNavigationFor } from '../layout/service-navigation.js';
import { csrfTokenFor } from './csrf.js';
import { endSession } from './end-session.js';
import type { PersonTokens } from './web-session.js';

/** Pages anyone may open: signing in and out, and the process's health. */
const PUBLIC_PATHS = new Set(['/sign-in', '/auth/callback', '/sign-out', '/signed-out', '/health']);

/**
 * In front of every page but the public ones: a visitor who has not signed in, or whose access
 * token has expired and cannot be refreshed, is sent to sign in and brought back to the page asked
 * for. The API is asked who the person is on every request, so a person disabled there (or never
 * invited) is refused at once and their session ended, whatever page they were on.
 */
export function requireSignedInPerson(config: WebConfiguration, provider: IdentityProvider) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    if (PUBLIC_PATHS.has(request.path)) return next();
    try {
      const tokens = await currentTokens(request, provider);
      if (!tokens) return sendToSignIn(request, response, config);
      const api = apiClientFor(config.apiUrl, tokens.accessToken);
      const me = await api.GET('/api/v1/me');
      if (me.response.status === 401) {
        delete request.session.tokens;
        return sendToSignIn(request, response, config);
      }
      if (me.response.status === 403) return await refusePerson(request, response, me.error?.detail, config, provider);
      if (!me.data) throw new Error(`the API answered ${me.response.status} to /api/v1/me`);
      request.person = { ...me.data, councilName: request.session.councilName, api };
      response.locals.person = request.person;
      response.locals.csrfToken = csrfTokenFor(request);
      response.locals.navigation = serviceNavigationFor(request.person.role, request.path);
      next();
    } catch (error) {
      if (error instanceof IdentityProviderUnavailable || error instanceof TypeError) {
        // The provider or the API does not answer: say so, and keep the session for when they do.
        return renderErrorPage(response, 503, UNAVAILABLE_PAGE);
      }
      next(error);
    }
  };
}

async function currentTokens(request: Request, provider: IdentityProvider): Promise<PersonTokens | undefined> {
  const tokens = request.session?.tokens;
  if (!tokens) return undefined;
  if (tokens.renewAt > Date.now()) return tokens;
  const refreshed = await provider.refresh(tokens);
  if (refreshed) request.session.tokens = refreshed;
  else delete request.session.tokens;
  return refreshed;
}

/**
 * To /sign-in, which comes back here afterwards. A form posted after the token expired cannot be
 * replayed: the person comes back to the page the form was on.
 */
function sendToSignIn(request: Request, response: Response, config: WebConfiguration): void {
  const returnTo = request.method === 'GET' || request.method === 'HEAD' ? request.originalUrl : refererPath(request, config);
  response.redirect(303, `/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
}

function refererPath(request: Request, config: WebConfiguration): string {
  try {
    const referer = new URL(request.get('referer') ?? '');
    return referer.origin === config.publicUrl ? `${referer.pathname}${referer.search}` : '/';
  } catch {
    return '/';
  }
}

async function refusePerson(
  request: Request,
  response: Response,
  reason: string | undefined,
  config: WebConfiguration,
  provider: IdentityProvider,
): Promise<void> {
  const providerSignOut = await provider.signOutUrl(request.session.tokens?.idToken);
  await endSession(request, response, config);
  renderErrorPage(response, 403, {
    heading: 'You cannot use Accord',
    paragraphs: [
      reason ? `Accord refused your sign-in: ${reason.replace(/\.$/, '')}.` : 'Accord does not know you, or your access has been disabled.',
      'If you think you should have access, ask your council’s Accord administrator to invite you or to enable your access.',
    ],
    link: { href: providerSignOut, text: 'Sign out, to sign in as someone else' },
  });
}
