import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import type { Principal } from '#domain';
import { ApiMetrics } from '../metrics/api-metrics.js';
import { SharedRateLimits } from './shared-rate-limits.js';
import { policyHeaderItem, RATE_LIMIT_WINDOW_SECONDS, stateHeaderItem, type RateLimitPolicy } from './token-bucket.js';

/**
 * The two budgets of a request: its client address's, taken before the API key is checked (so
 * guessing keys is bounded too), and its principal's, taken once the key is verified (so keys
 * that do not exist earn nothing, and a principal's keys share one budget). Each answer carries
 * the IETF RateLimit-Policy and RateLimit headers; a refusal is 429 problem details with Retry-After.
 */
@Injectable()
export class RequestRateLimits {
  private readonly perAddress: RateLimitPolicy;
  private readonly perPrincipal: RateLimitPolicy;

  constructor(
    private readonly limits: SharedRateLimits,
    private readonly metrics: ApiMetrics,
    @Inject(ACCORD_CONFIGURATION) config: AccordConfiguration,
  ) {
    const window = RATE_LIMIT_WINDOW_SECONDS;
    this.perAddress = { name: 'per-address', capacity: config.http.rateLimitPerAddressPerMinute, windowSeconds: window };
    this.perPrincipal = { name: 'per-principal', capacity: config.http.rateLimitPerMinute, windowSeconds: window };
  }

  async admitAddress(request: Request, response: Response): Promise<void> {
    // IPv6 clients are counted by their /56, as one household or host gets many addresses.
    const address = ipKeyGenerator(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    await this.admit(this.perAddress, address, response, `from one client address`);
  }

  async admitPrincipal(principal: Principal, response: Response): Promise<void> {
    await this.admit(this.perPrincipal, principal.id, response, `for one principal (all of its API keys together)`);
  }

  private async admit(policy: RateLimitPolicy, subject: string, response: Response, whose: string): Promise<void> {
    const admission = await this.limits.take(policy, subject);
    response.append('RateLimit-Policy', policyHeaderItem(policy));
    response.append('RateLimit', stateHeaderItem(policy, admission));
    if (admission.admitted) return;
    this.metrics.rateLimitRefusals.inc({ limit: policy.name });
    response.setHeader('Retry-After', String(admission.retryAfterSeconds));
    throw new HttpException(
      `at most ${policy.capacity} requests a minute ${whose}; retry after the number of seconds in the Retry-After header`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
