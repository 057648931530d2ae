import type { Request, Response } from 'express';
import type { WebConfiguration } from '#configuration';
import { sessionCookieName } from './web-session.js';

/** Deletes the session row and the cookie: the session cannot be used again, at any replica. */
export async function endSession(request: Request, response: Response, config: Pick<WebConfiguration, 'secureCookies'>): Promise<void> {
  if (request.session)
    await new Promise<void>((resolve, reject) => request.session.destroy((error) => (error ? reject(error) : resolve())));
  response.clearCookie(sessionCookieName(config), { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
}
