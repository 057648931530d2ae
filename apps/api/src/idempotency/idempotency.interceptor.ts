import { BadRequestException, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import stableStringify from 'fast-json-stable-stringify';
import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { AccordError } from '../../../../libs/domain/src/index.js';
import { principalOf } from '../auth/current-principal.decorator.js';
import { IdempotencyStore } from './idempotency.store.js';
import { IDEMPOTENT } from './idempotent.decorator.js';

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
const WAIT_FOR_FIRST_MS = 10_000;
const POLL_MS = 100;

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(IDEMPOTENT, context.getHandler())) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const key = request.header('idempotency-key');
    if (key === undefined) return next.handle();
    if (!KEY_FORMAT.test(key)) throw new BadRequestException('Idempotency-Key must be 1 to 255 visible ASCII characters');
    const response = context.switchToHttp().getResponse<Response>();
    // Nest applies the route's status after the handler returns, so read it from the route.
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    return from(this.run(principalOf(request).id, key, fingerprintOf(request), { response, status }, next));
  }

  private async run(
    principalId: string,
    key: string,
    fingerprint: string,
    { response, status }: { response: Response; status: number },
    next: CallHandler,
  ): Promise<unknown> {
    let claim = await this.store.claim(principalId, key, fingerprint);
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    while (claim.kind === 'in_progress' && Date.now() < deadline) {
      await delay(POLL_MS);
      claim = await this.store.inspect(principalId, key, fingerprint);
      // The first request failed and released its claim: this one may run.
      if (claim.kind === 'in_progress') claim = await this.store.claim(principalId, key, fingerprint);
    }
    switch (claim.kind) {
      case 'different_request':
        throw new AccordError('idempotency_key_reused', 'this Idempotency-Key was used for a different request');
      case 'in_progress':
        throw new AccordError(
          'idempotency_request_in_progress',
          'the first request with this Idempotency-Key has not finished; retry later',
        );
      case 'completed':
        response.setHeader('Idempotent-Replayed', 'true');
        return JSON.parse(claim.body);
      case 'claimed':
        try {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          await this.store.complete(principalId, key, status, JSON.stringify(result ?? null));
          return result;
        } catch (error) {
          await this.store.release(principalId, key);
          throw error;
        }
    }
  }
}

/** Same method, path and JSON body (key order aside) means the same request. */
function fingerprintOf(request: Request): string {
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${stableStringify(request.body ?? null)}`)
    .digest('hex');
}
