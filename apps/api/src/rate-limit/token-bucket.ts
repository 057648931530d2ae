/** Every budget is a number of requests a minute. */
export const RATE_LIMIT_WINDOW_SECONDS = 60;

/** A budget of `capacity` requests that refills steadily, completely within `windowSeconds`. */
export interface RateLimitPolicy {
  /** The policy's name in the RateLimit-Policy and RateLimit headers. */
  name: 'per-principal' | 'per-address';
  capacity: number;
  windowSeconds: typeof RATE_LIMIT_WINDOW_SECONDS;
}

export interface Admission {
  admitted: boolean;
  /** Whole requests left after this one. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  secondsUntilFull: number;
  /** Seconds until one more request would be admitted (0 when admitted). */
  retryAfterSeconds: number;
}

export function refillPerSecond(policy: RateLimitPolicy): number {
  return policy.capacity / policy.windowSeconds;
}

/** Tokens after `elapsedSeconds` of refill, never above capacity; a debt (negative tokens) is paid off first. */
export function refilled(policy: RateLimitPolicy, tokens: number, elapsedSeconds: number): number {
  return Math.min(policy.capacity, tokens + refillPerSecond(policy) * Math.max(0, elapsedSeconds));
}

/** Admits one request when a whole token is available. */
export function admit(policy: RateLimitPolicy, available: number): Admission {
  const rate = refillPerSecond(policy);
  if (available >= 1) {
    const left = available - 1;
    return {
      admitted: true,
      remaining: Math.floor(left),
      secondsUntilFull: Math.ceil((policy.capacity - left) / rate),
      retryAfterSeconds: 0,
    };
  }
  return {
    admitted: false,
    remaining: 0,
    secondsUntilFull: Math.ceil((policy.capacity - available) / rate),
    retryAfterSeconds: Math.max(1, Math.ceil((1 - available) / rate)),
  };
}

/** The IETF RateLimit-Policy item, e.g. `"per-principal";q=600;w=60`. */
export function policyHeaderItem(policy: RateLimitPolicy): string {
  return `"${policy.name}";q=${policy.capacity};w=${policy.windowSeconds}`;
}

/** The IETF RateLimit item, e.g. `"per-principal";r=599;t=1`: what is left, and seconds until the whole budget is back. */
export function stateHeaderItem(policy: RateLimitPolicy, admission: Admission): string {
  return `"${policy.name}";r=${admission.remaining};t=${admission.secondsUntilFull}`;
}
