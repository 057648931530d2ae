import { registerDecorator } from 'class-validator';

/** An ISO instant after the moment of the request (malformed values are left to IsISO8601). */
export function IsFutureInstant(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isFutureInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || Number.isNaN(Date.parse(value)) || Date.parse(value) > Date.now(),
        defaultMessage: (args) => `${args?.property ?? 'the value'} must be in the future`,
      },
    });
  };
}
