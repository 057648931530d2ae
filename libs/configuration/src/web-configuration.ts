import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { ConfigurationError, ISSUER_URL, LOG_LEVELS, type LogLevel, POSTGRES_URL, toInt, validated } from './accord-configuration.js';

/** An origin people reach the pages at: https, or plain http on this machine (development). */
const PUBLIC_URL = /^(https:\/\/[^\s/?#]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?)\/?$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The environment variables the web pages' process (apps/web) reads, validated once at start-up. */
export class WebEnvironmentVariables {
  /** Only for the session table: the pages read everything else through the API, as the signed-in person. */
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// URL (the web pages keep their sessions there)' })
  DATABASE_URL!: string;

  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'ACCORD_API_URL must be the http(s):// URL of the Accord API' })
  ACCORD_API_URL!: string;

  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'WEB_PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  WEB_PORT = 3001;

  /** Where people's browsers reach the pages (the sign-in callback is under it); http://localhost:WEB_PORT by default. */
  @IsOptional()
  @Matches(PUBLIC_URL, { message: 'WEB_PUBLIC_URL must be an https:// origin (http:// only for localhost)' })
  WEB_PUBLIC_URL?: string;

  @Matches(ISSUER_URL, {
    message: 'OIDC_ISSUER_URL must be an https:// URL (http:// only for localhost): the web pages sign people in there',
  })
  OIDC_ISSUER_URL!: string;

  @Matches(/^\S{1,200}$/, { message: 'OIDC_CLIENT_ID is required by the web pages and holds no spaces' })
  OIDC_CLIENT_ID!: string;

  /** Without it the pages sign in as a public client (PKCE alone). */
  @ValidateIf((variables: WebEnvironmentVariables) => Boolean(variables.OIDC_CLIENT_SECRET))
  @MinLength(16, { message: 'OIDC_CLIENT_SECRET must be at least 16 characters' })
  OIDC_CLIENT_SECRET?: string;

  /** The scope that gets an access token for the API (Entra ID: api://<client id>/<scope>); the provider's default resource when unset. */
  @IsOptional()
  @Matches(/^\S{1,300}$/, { message: 'OIDC_API_SCOPE holds no spaces' })
  OIDC_API_SCOPE?: string;

  /** Signs the session cookie; several, comma-separated, to rotate (the first signs, all verify). */
  @IsString({ message: 'WEB_SESSION_SECRET is required: at least 32 random characters' })
  @Matches(/^[^\s,]{32,}(,[^\s,]{32,})*$/, { message: 'WEB_SESSION_SECRET must be at least 32 characters (comma-separated to rotate)' })
  WEB_SESSION_SECRET!: string;

  /** How many proxies (load balancers) in front of the pages to trust for X-Forwarded-*; 0 trusts none. */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'TRUSTED_PROXY_HOPS must be a whole number' })
  @Min(0)
  @Max(10)
  TRUSTED_PROXY_HOPS = 0;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @IsString()
  NODE_ENV?: string;
}

export interface WebConfiguration {
  database: { url: string; poolMax: number };
  apiUrl: string;
  port: number;
  /** The origin people's browsers use, without a trailing slash. */
  publicUrl: string;
  /** Whether the session cookie is Secure: always, except for pages served on this machine over http. */
  secureCookies: boolean;
  identity: { issuerUrl: string; clientId: string; clientSecret?: string; apiScope?: string };
  sessionSecrets: string[];
  trustedProxyHops: number;
  logLevel: LogLevel;
}

export function loadWebConfiguration(env: Record<string, unknown> = process.env): WebConfiguration {
  const variables = validated(WebEnvironmentVariables, env);
  const publicUrl = (variables.WEB_PUBLIC_URL ?? `http://localhost:${variables.WEB_PORT}`).replace(/\/$/, '');
  const loopback = LOOPBACK_HOSTS.has(new URL(publicUrl).hostname);
  if (variables.NODE_ENV === 'production' && loopback) {
    throw new ConfigurationError('invalid configuration: WEB_PUBLIC_URL must name the public https:// origin with NODE_ENV=production');
  }
  return {
    database: { url: variables.DATABASE_URL, poolMax: 5 },
    apiUrl: variables.ACCORD_API_URL.replace(/\/$/, ''),
    port: variables.WEB_PORT,
    publicUrl,
    secureCookies: !(loopback && publicUrl.startsWith('http://')),
    identity: {
      issuerUrl: variables.OIDC_ISSUER_URL,
      clientId: variables.OIDC_CLIENT_ID,
      clientSecret: variables.OIDC_CLIENT_SECRET || undefined,
      apiScope: variables.OIDC_API_SCOPE || undefined,
    },
    sessionSecrets: variables.WEB_SESSION_SECRET.split(','),
    trustedProxyHops: variables.TRUSTED_PROXY_HOPS,
    logLevel: variables.LOG_LEVEL,
  };
}
