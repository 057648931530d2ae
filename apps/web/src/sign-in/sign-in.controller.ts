import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { WebConfiguration } from '#configuration';
import { answerOf } from '../api/api-refusal.js';
import { apiClientFor } from '../api/person-api.js';
import { renderErrorPage } from '../errors/error-pages.js';
import { endSession } from '../session/end-session.js';
import { WEB_CONFIGURATION } from '../web-configuration.token.js';
import { IdentityProvider, SignInFailed } from './identity-provider.js';

/** Paths a sign-in may return to: this site's own, never another's (`//host`, `/\host`) or the sign-in's. */
const LOCAL_PATH = /^\/(?![/\\])[^\s]*$/;
const NOT_AFTER_SIGN_IN = /^\/(sign-in|auth\/callback|sign-out|signed-out)\b/;

export function safeReturnPath(returnTo: unknown): string {
  return typeof returnTo === 'string' && LOCAL_PATH.test(returnTo) && !NOT_AFTER_SIGN_IN.test(returnTo) ? returnTo : '/';
}

/**
 * Signing in through the council's provider (authorisation code with PKCE, state and nonce) and
 * out of it. Tokens stay in the session row; the browser only ever holds the session cookie.
 */
@Controller()
export class SignInController {
  constructor(
    private readonly provider: IdentityProvider,
    @Inject(WEB_CONFIGURATION) private readonly config: WebConfiguration,
  ) {}

  @Get('sign-in')
  async signIn(@Query('returnTo') returnTo: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { url, pending } = await this.provider.startSignIn(safeReturnPath(returnTo));
    request.session.signingIn = pending;
    await saved(request);
    response.set('cache-control', 'no-store').redirect(303, url.href);
  }

  @Get('auth/callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const pending = request.session?.signingIn;
    if (!pending) return response.redirect(303, '/sign-in');
    let tokens;
    try {
      tokens = await this.provider.finishSignIn(new URL(request.originalUrl, this.config.publicUrl), pending);
    } catch (error) {
      if (!(error instanceof SignInFailed)) throw error;
      delete request.session.signingIn;
      return renderErrorPage(response, 400, {
        heading: 'You have not been signed in',
        paragraphs: [`The sign-in service said: ${error.message}.`, 'You can try again.'],
        link: { href: `/sign-in?returnTo=${encodeURIComponent(pending.returnTo)}`, text: 'Sign in' },
      });
    }
    // A new session id for the signed-in person: an id planted before sign-in is worth nothing.
    await regenerated(request);
    request.session.tokens = tokens;
    request.session.councilName = await this.councilNameFor(tokens.accessToken);
    await saved(request);
    response.redirect(303, pending.returnTo);
  }

  /** A POST with the form's CSRF token (checked before this runs); ends the provider's session too. */
  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const target = await this.provider.signOutUrl(request.session?.tokens?.idToken);
    await endSession(request, response, this.config);
    response.redirect(303, target);
  }

  @Get('signed-out')
  signedOut(@Res() response: Response): void {
    response.set('cache-control', 'no-store').render('layout/message-page.njk', {
      heading: 'You have signed out',
      paragraphs: ['You have signed out of Accord and of your council’s sign-in service.'],
      link: { href: '/sign-in', text: 'Sign in again' },
    });
  }

  /** The council's name for the header; the gate asks the API who the person is on every request. */
  private async councilNameFor(accessToken: string): Promise<string | undefined> {
    const api = apiClientFor(this.config.apiUrl, accessToken);
    const me = await api.GET('/api/v1/me');
    if (!me.data?.councilCode) return undefined;
    const council = await answerOf(api.GET('/api/v1/councils/{code}', { params: { path: { code: me.data.councilCode } } })).catch(
      () => undefined,
    );
    return council?.name;
  }
}

function saved(request: Request): Promise<void> {
  return new Promise((resolve, reject) => request.session.save((error) => (error ? reject(error) : resolve())));
}

function regenerated(request: Request): Promise<void> {
  return new Promise((resolve, reject) => request.session.regenerate((error) => (error ? reject(error) : resolve())));
}
