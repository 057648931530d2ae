import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { RequestValidationError } from '../problem-details/request-validation.error.js';
import { fieldsHoldingNul } from './nul-character.js';

const CLIENT_INPUT: ArgumentMetadata['type'][] = ['body', 'query', 'param'];

/**
 * Unknown fields are refused, not silently dropped: a typo must not pass as a no-op. Every
 * string the client sent (body, query, path) is first checked for the NUL character.
 */
class AccordValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CLIENT_INPUT.includes(metadata.type)) {
      const holdingNul = fieldsHoldingNul(value, metadata.data ?? '');
      if (holdingNul.length > 0) throw new RequestValidationError(holdingNul);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AccordValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => RequestValidationError.fromValidationErrors(errors),
  });
}
