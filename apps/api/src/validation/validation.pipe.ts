import { ValidationPipe } from '@nestjs/common';
import { RequestValidationError } from '../problem-details/request-validation.error.js';

/** Unknown fields are refused, not silently dropped: a typo must not pass as a no-op. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => RequestValidationError.fromValidationErrors(errors),
  });
}
