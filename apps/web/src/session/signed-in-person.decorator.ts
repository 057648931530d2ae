import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { SignedInPerson as Person } from '../api/person-api.js';

/**
 * The signed-in person of this request, with `api`, their typed API client:
 * `async page(@SignedInPerson() person: SignedInPerson) { await answerOf(person.api.GET(…)) }`.
 * The gate (person-gate.ts) has already sent anyone else to sign in.
 */
export const SignedInPerson = createParamDecorator((_data: unknown, context: ExecutionContext): Person => {
  const person = context.switchToHttp().getRequest<Request>().person;
  if (!person) throw new Error('no signed-in person: is this route listed as public in person-gate.ts?');
  return person;
});
/** The person's type, under the decorator's name: `@SignedInPerson() person: SignedInPerson`. */
export type SignedInPerson = Person;
