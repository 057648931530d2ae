import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * The request's `Idempotency-Key` header, or undefined. A decorator of its own rather than
 * `@Headers(...)`, which OpenAPI would document a second time, as required: @Idempotent()
 * documents the header once, as optional.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
  return Array.isArray(value) ? value[0] : value;
});
