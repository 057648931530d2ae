import { BadRequestException, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import stableStringify from 'fast-json-stable-stringify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { AccordError } from '#domain';
import { principalOf } from '../auth/current-principal.decorator.js';
import { IdempotencyStore } from './idempotency.store.js';
import { IDEMPOTENT } from './idempotent.decorator.js';

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

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
    const claim = await this.store.claim(principalId, key, fingerprint);
    switch (claim.kind) {
      case 'different_request':
        throw new AccordError('idempotency_key_reused', 'this Idempotency-Key was used for a different request');
      // At once, as the Idempotency-Key draft asks, rather than holding the connection: the
      // problem's Retry-After says when to ask again (a double click's second request, a
      // client's retry racing its first attempt).
      case 'in_progress':
        throw new AccordError(
          'idempotency_request_in_progress',
          'the first request with this Idempotency-Key is still running; retry after the Retry-After seconds to get its response',
        );
      case 'completed':
        response.setHeader('Idempotent-Replayed', 'true');
        return JSON.parse(claim.body);
      case 'claimed':
        try {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          await this.store.complete(principalId, key, claim.owner, status, JSON.stringify(result ?? null));
          return result;
        } catch (error) {
          await this.store.release(principalId, key, claim.owner);
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
