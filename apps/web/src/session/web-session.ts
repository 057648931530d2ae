import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type pg from 'pg';
import type { WebConfiguration } from '#configuration';

/** The person's tokens, kept in the session row only: the browser holds just the signed session id. */
export interface PersonTokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  /** When the access token expires, in milliseconds since the epoch. */
  expiresAt: number;
  /** When to renew it, a little before it expires, so it does not die on its way to the API. */
  renewAt: number;
}

/** A sign-in under way: what the callback must check (PKCE verifier, state, nonce) and where to go after. */
export interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

declare module 'express-session' {
  interface SessionData {
    signingIn?: PendingSignIn;
    tokens?: PersonTokens;
    /** Read once at sign-in: the council's name does not change while a session lasts. */
    councilName?: string;
  }
}

/** A session ends after this long without a request (and with the provider's own session, at sign-out). */
export const SESSION_IDLE_SECONDS = 8 * 3600;

/** `__Host-` where cookies are Secure: the browser then refuses it from a sub-domain or another path. */
export function sessionCookieName(config: Pick<WebConfiguration, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-accord-session' : 'accord-session';
}

/**
 * Sessions in PostgreSQL (the web_session table a migration makes), so every web replica knows
 * every session. The cookie is httpOnly, SameSite=Lax and Secure except on this machine over http.
 */
export function webSessions(config: WebConfiguration, pool: pg.Pool) {
  const PgStore = connectPgSimple(session);
  return session({
    name: sessionCookieName(config),
    secret: config.sessionSecrets,
    store: new PgStore({
      pool,
      tableName: 'web_session',
      createTableIfMissing: false,
      ttl: SESSION_IDLE_SECONDS,
      pruneSessionInterval: 15 * 60,
    }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustedProxyHops > 0,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/', maxAge: SESSION_IDLE_SECONDS * 1000 },
  });
}
