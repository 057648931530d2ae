import { admit, policyHeaderItem, refilled, stateHeaderItem, type RateLimitPolicy } from './token-bucket.js';

const perPrincipal: RateLimitPolicy = { name: 'per-principal', capacity: 600, windowSeconds: 60 };

describe('a token bucket that refills within its window', () => {
  it('refills ten tokens a second for six hundred a minute, never above capacity', () => {
    expect(refilled(perPrincipal, 0, 1)).toBe(10);
    expect(refilled(perPrincipal, 595, 1)).toBe(600);
  });

  it('pays off a debt before any request is admitted again', () => {
    expect(refilled(perPrincipal, -50, 5)).toBe(0);
    expect(admit(perPrincipal, refilled(perPrincipal, -50, 5)).admitted).toBe(false);
  });

  it('admits while a whole token is left, saying what remains and when the budget is whole again', () => {
    expect(admit(perPrincipal, 600)).toEqual({ admitted: true, remaining: 599, secondsUntilFull: 1, retryAfterSeconds: 0 });
    expect(admit(perPrincipal, 1)).toEqual({ admitted: true, remaining: 0, secondsUntilFull: 60, retryAfterSeconds: 0 });
  });

  it('refuses below one token, with the seconds until the next token as Retry-After', () => {
    expect(admit(perPrincipal, 0.5)).toEqual({ admitted: false, remaining: 0, secondsUntilFull: 60, retryAfterSeconds: 1 });
    expect(admit({ name: 'per-address', capacity: 6, windowSeconds: 60 } as RateLimitPolicy, -2).retryAfterSeconds).toBe(30);
  });

  it('writes the IETF RateLimit-Policy and RateLimit items', () => {
    expect(policyHeaderItem(perPrincipal)).toBe('"per-principal";q=600;w=60');
    expect(stateHeaderItem(perPrincipal, admit(perPrincipal, 600))).toBe('"per-principal";r=599;t=1');
  });
});
