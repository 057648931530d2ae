import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MinLength, Min, ValidateIf, validateSync } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
export const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s]+$/;
/** Tokens prove who someone is only over TLS; plain http is for a provider on this machine (development). */
export const ISSUER_URL = /^(https:\/\/[^\s/?#]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?)(\/[^\s?#]*)?$/;

/** The environment variables Accord reads, validated once at start-up. */
export class EnvironmentVariables {
  /** The application's own role: it may only INSERT and SELECT the audit trail (see DATABASE_OWNER_URL). */
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'DATABASE_POOL_MAX must be a whole number' })
  @Min(1)
  @Max(100)
  DATABASE_POOL_MAX = 5;

  @Matches(/^[^\s:/]+:\d{1,5}$/, { message: 'TEMPORAL_ADDRESS must be host:port, e.g. 127.0.0.1:7233' })
  TEMPORAL_ADDRESS!: string;

  @IsOptional()
  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  /** Task queue of the partnership workflows; deployments (and test files) sharing a server keep apart by it. */
  @IsOptional()
  @Matches(/^[\w.-]{1,100}$/, { message: 'TEMPORAL_TASK_QUEUE may hold only letters, digits, ".", "_" and "-"' })
  TEMPORAL_TASK_QUEUE = 'partnerships';

  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /** Server-side key for hashing API key secrets (HMAC-SHA256); a leaked table alone cannot be replayed. */
  @IsOptional()
  @IsString()
  @ValidateIf((variables: EnvironmentVariables) => variables.API_KEY_PEPPER !== '')
  @MinLength(32, { message: 'API_KEY_PEPPER must be at least 32 characters' })
  API_KEY_PEPPER?: string;

  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'IDEMPOTENCY_TTL_HOURS must be a whole number' })
  @Min(1)
  @Max(24 * 30)
  IDEMPOTENCY_TTL_HOURS = 24;

  /** Requests a minute per principal (all of its keys together), counted once its key is verified. */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'RATE_LIMIT_PER_MINUTE must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Requests a minute per client address (IPv6 by /56), counted before the key is checked. */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'RATE_LIMIT_PER_ADDRESS_PER_MINUTE must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE = 1200;

  /** How many proxies (load balancers) in front of the API to trust for X-Forwarded-For; 0 trusts none. */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'TRUSTED_PROXY_HOPS must be a whole number' })
  @Min(0)
  @Max(10)
  TRUSTED_PROXY_HOPS = 0;

  /**
   * How long an idle client connection stays open. Longer than a load balancer's own idle
   * timeout (HAProxy's http-keep-alive, 60 s on most cloud balancers), so the API never closes
   * a connection at the moment the balancer sends a request on it (a reset the client sees).
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'HTTP_KEEP_ALIVE_TIMEOUT_MS must be a whole number' })
  @Min(1_000)
  @Max(600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS = 65_000;

  /** Comma-separated origins allowed by CORS; empty (the default) allows none. */
  @IsOptional()
  @Matches(/^(https?:\/\/[^\s,]+)(,https?:\/\/[^\s,]+)*$|^$/, { message: 'CORS_ORIGINS must be a comma-separated list of http(s) origins' })
  CORS_ORIGINS = '';

  @IsOptional()
  @Matches(/^\d+(kb|mb)$/, { message: 'HTTP_BODY_LIMIT must look like 100kb or 1mb' })
  HTTP_BODY_LIMIT = '100kb';

  /**
   * The OpenID Connect provider whose access tokens the API accepts beside API keys (Entra ID:
   * https://login.microsoftonline.com/<tenant>/v2.0). Without it only API keys are accepted.
   */
  @ValidateIf((variables: EnvironmentVariables) =>
    [variables.OIDC_ISSUER_URL, variables.OIDC_CLIENT_ID, variables.OIDC_CLIENT_SECRET, variables.OIDC_AUDIENCE].some(Boolean),
  )
  @Matches(ISSUER_URL, {
    message: 'OIDC_ISSUER_URL must be an https:// URL (http:// only for localhost); the other OIDC_ settings need it',
  })
  OIDC_ISSUER_URL?: string;

  /** Accord's application (client) id at the provider; the web sign-in uses it, and it is the default audience. */
  @ValidateIf((variables: EnvironmentVariables) => Boolean(variables.OIDC_ISSUER_URL) || Boolean(variables.OIDC_CLIENT_ID))
  @Matches(/^\S{1,200}$/, { message: 'OIDC_CLIENT_ID is required with OIDC_ISSUER_URL and holds no spaces' })
  OIDC_CLIENT_ID?: string;

  /** The client secret for the web sign-in's code exchange (never needed to check a token). */
  @ValidateIf((variables: EnvironmentVariables) => Boolean(variables.OIDC_CLIENT_SECRET))
  @MinLength(16, { message: 'OIDC_CLIENT_SECRET must be at least 16 characters' })
  OIDC_CLIENT_SECRET?: string;

  /** The `aud` an access token must carry (Entra ID: the application id URI, api://<client id>); OIDC_CLIENT_ID by default. */
  @ValidateIf((variables: EnvironmentVariables) => Boolean(variables.OIDC_AUDIENCE))
  @Matches(/^\S{1,300}$/, { message: 'OIDC_AUDIENCE holds no spaces' })
  OIDC_AUDIENCE?: string;

  /**
   * Lets webhooks reach loopback addresses (a receiver on this machine): for tests and development
   * only, refused with NODE_ENV=production. Private and link-local addresses stay unreachable.
   */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'WEBHOOK_ALLOW_LOOPBACK must be true or false' })
  WEBHOOK_ALLOW_LOOPBACK = 'false';

  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** First wait after a failed webhook delivery; each further wait doubles, up to WEBHOOK_RETRY_MAX_INTERVAL_MS. */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'WEBHOOK_RETRY_INITIAL_INTERVAL_MS must be a whole number' })
  @Min(10)
  @Max(3_600_000)
  WEBHOOK_RETRY_INITIAL_INTERVAL_MS = 5_000;

  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'WEBHOOK_RETRY_MAX_INTERVAL_MS must be a whole number' })
  @Min(10)
  @Max(86_400_000)
  WEBHOOK_RETRY_MAX_INTERVAL_MS = 10 * 3_600_000;

  /** How long one event may keep failing before its subscription is marked failing: three days. */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'WEBHOOK_GIVE_UP_AFTER_MS must be a whole number' })
  @Min(1_000)
  @Max(30 * 86_400_000)
  WEBHOOK_GIVE_UP_AFTER_MS = 3 * 86_400_000;

  /** How often a subscription with nothing to send looks for new events. */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'WEBHOOK_POLL_INTERVAL_MS must be a whole number' })
  @Min(10)
  @Max(3_600_000)
  WEBHOOK_POLL_INTERVAL_MS = 5_000;

  /** A bundle prebuilt by scripts/bundle-workflows.ts; without it the worker bundles at start. */
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  /**
   * After SIGTERM, how long the API keeps serving while `/ready` answers 503, so the load balancer's
   * health checks take it out of rotation before it stops accepting connections.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'SHUTDOWN_DRAIN_DELAY_MS must be a whole number' })
  @Min(0)
  @Max(600_000)
  SHUTDOWN_DRAIN_DELAY_MS = 5_000;

  /** After SIGTERM, the most the API waits for requests in flight and pools to close before it exits anyway (code 1). */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be a whole number' })
  @Min(100)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 25_000;

  /**
   * Workflows a worker keeps in memory between their tasks (Temporal's sticky cache); each costs
   * about 0.4 MB, and one evicted is replayed from its history when it next has work.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt({ message: 'WORKER_MAX_CACHED_WORKFLOWS must be a whole number' })
  @Min(0)
  @Max(100_000)
  WORKER_MAX_CACHED_WORKFLOWS = 500;

  /** Where the worker serves its Prometheus metrics (the Temporal SDK's exporter), host:port; unset, it serves none. */
  @IsOptional()
  @Matches(/^[^\s/]+:\d{1,5}$/, { message: 'WORKER_METRICS_ADDRESS must be host:port, e.g. 0.0.0.0:9464' })
  WORKER_METRICS_ADDRESS?: string;

  /**
   * An OpenTelemetry collector's OTLP/HTTP endpoint (traces go to <it>/v1/traces); unset, the
   * API and the worker trace nothing. The standard OpenTelemetry variable, so collectors'
   * usual set-ups apply.
   */
  @ValidateIf((variables: EnvironmentVariables) => Boolean(variables.OTEL_EXPORTER_OTLP_ENDPOINT))
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, e.g. http://otel-collector:4318',
  })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
}

export interface AccordConfiguration {
  database: { url: string; poolMax: number };
  temporal: { address: string; namespace: string; taskQueue: string; workflowBundlePath?: string };
  http: {
    port: number;
    bodyLimit: string;
    corsOrigins: string[];
    rateLimitPerMinute: number;
    rateLimitPerAddressPerMinute: number;
    trustedProxyHops: number;
    keepAliveTimeoutMs: number;
  };
  /** Graceful shutdown of the API on SIGTERM: readiness drained first, then a hard deadline. */
  shutdown: { drainDelayMs: number; timeoutMs: number };
  security: { apiKeyPepper?: string; idempotencyTtlHours: number };
  /** Set when people sign in through an OpenID Connect provider. */
  identity?: IdentityProviderConfiguration;
  webhooks: WebhookConfiguration;
  logLevel: LogLevel;
  /** host:port of the worker's Prometheus endpoint, when it has one. */
  workerMetricsAddress?: string;
  /** The worker's sticky cache of workflows, bounded so memory does not grow with the portfolio. */
  workerMaxCachedWorkflows: number;
  /** Where traces go by OTLP/HTTP; unset, nothing is traced. */
  otlpEndpoint?: string;
}

export interface IdentityProviderConfiguration {
  issuerUrl: string;
  clientId: string;
  clientSecret?: string;
  audience: string;
}

export interface WebhookConfiguration {
  allowLoopback: boolean;
  retryInitialIntervalMs: number;
  retryMaximumIntervalMs: number;
  giveUpAfterMs: number;
  pollIntervalMs: number;
  /** A receiver that has not answered in this long has failed the attempt. */
  timeoutMs: number;
  maxResponseBytes: number;
}

/** What the migration job reads: the schema owner to migrate as, and the application's role to grant. */
export class MigrationEnvironmentVariables {
  /** The owner of the schema; only migrations connect as it. */
  @Matches(POSTGRES_URL, { message: 'DATABASE_OWNER_URL must be a postgres:// URL (the schema owner, for migrations)' })
  DATABASE_OWNER_URL!: string;

  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// URL (the application role the migrations grant)' })
  DATABASE_URL!: string;
}

export interface MigrationConfiguration {
  ownerUrl: string;
  applicationUrl: string;
}

export class ConfigurationError extends Error {}

export function loadMigrationConfiguration(env: Record<string, unknown> = process.env): MigrationConfiguration {
  const variables = validated(MigrationEnvironmentVariables, env);
  return { ownerUrl: variables.DATABASE_OWNER_URL, applicationUrl: variables.DATABASE_URL };
}

/** Validates the environment; the error message is one line naming every bad variable. */
export function validateEnvironment(env: Record<string, unknown>): EnvironmentVariables {
  const variables = validated(EnvironmentVariables, env);
  if (variables.WEBHOOK_ALLOW_LOOPBACK === 'true' && variables.NODE_ENV === 'production') {
    throw new ConfigurationError('invalid configuration: WEBHOOK_ALLOW_LOOPBACK=true is refused with NODE_ENV=production');
  }
  return variables;
}

/** The variables of `variablesClass` from `env`, or a ConfigurationError naming every bad one in one line. */
export function validated<T extends object>(variablesClass: new () => T, env: Record<string, unknown>): T {
  const variables = plainToInstance(variablesClass, env, { exposeDefaultValues: true });
  const errors = validateSync(variables, { skipMissingProperties: false });
  if (errors.length > 0) {
    const reasons = errors.flatMap((error) => Object.values(error.constraints ?? {}));
    throw new ConfigurationError(`invalid configuration: ${reasons.join('; ')}`);
  }
  return variables;
}

export function toAccordConfiguration(variables: EnvironmentVariables): AccordConfiguration {
  return {
    database: { url: variables.DATABASE_URL, poolMax: variables.DATABASE_POOL_MAX },
    temporal: {
      address: variables.TEMPORAL_ADDRESS,
      namespace: variables.TEMPORAL_NAMESPACE,
      taskQueue: variables.TEMPORAL_TASK_QUEUE,
      workflowBundlePath: variables.WORKFLOW_BUNDLE_PATH,
    },
    http: {
      port: variables.PORT,
      bodyLimit: variables.HTTP_BODY_LIMIT,
      corsOrigins: variables.CORS_ORIGINS.split(',').filter(Boolean),
      rateLimitPerMinute: variables.RATE_LIMIT_PER_MINUTE,
      rateLimitPerAddressPerMinute: variables.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
      trustedProxyHops: variables.TRUSTED_PROXY_HOPS,
      keepAliveTimeoutMs: variables.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    shutdown: { drainDelayMs: variables.SHUTDOWN_DRAIN_DELAY_MS, timeoutMs: variables.SHUTDOWN_TIMEOUT_MS },
    security: { apiKeyPepper: variables.API_KEY_PEPPER || undefined, idempotencyTtlHours: variables.IDEMPOTENCY_TTL_HOURS },
    identity: variables.OIDC_ISSUER_URL
      ? {
          issuerUrl: variables.OIDC_ISSUER_URL,
          clientId: variables.OIDC_CLIENT_ID as string,
          clientSecret: variables.OIDC_CLIENT_SECRET || undefined,
          audience: variables.OIDC_AUDIENCE || (variables.OIDC_CLIENT_ID as string),
        }
      : undefined,
    webhooks: {
      allowLoopback: variables.WEBHOOK_ALLOW_LOOPBACK === 'true',
      retryInitialIntervalMs: variables.WEBHOOK_RETRY_INITIAL_INTERVAL_MS,
      retryMaximumIntervalMs: variables.WEBHOOK_RETRY_MAX_INTERVAL_MS,
      giveUpAfterMs: variables.WEBHOOK_GIVE_UP_AFTER_MS,
      pollIntervalMs: variables.WEBHOOK_POLL_INTERVAL_MS,
      timeoutMs: 10_000,
      maxResponseBytes: 64 * 1024,
    },
    logLevel: variables.LOG_LEVEL,
    workerMetricsAddress: variables.WORKER_METRICS_ADDRESS,
    workerMaxCachedWorkflows: variables.WORKER_MAX_CACHED_WORKFLOWS,
    otlpEndpoint: variables.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
  };
}

export function loadConfiguration(env: Record<string, unknown> = process.env): AccordConfiguration {
  return toAccordConfiguration(validateEnvironment(env));
}
