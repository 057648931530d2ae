import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

function compareWith(
  name: string,
  otherField: string,
  holds: (value: unknown, other: unknown) => boolean,
  defaultMessage: (args: ValidationArguments) => string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [otherField],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherField];
          // Missing or malformed values are reported by their own validators.
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          return holds(value, other);
        },
        defaultMessage,
      },
    });
  };
}

/** The field must differ from another field, e.g. no partnership between a council and itself. */
export function IsNotSameAs(otherField: string, options?: ValidationOptions): PropertyDecorator {
  return compareWith(
    'isNotSameAs',
    otherField,
    (value, other) => value !== other,
    (args) => `${args.property} must differ from ${otherField}`,
    options,
  );
}

/** The ISO date must fall on or after another ISO date field of the same object. */
export function IsOnOrAfter(otherField: string, options?: ValidationOptions): PropertyDecorator {
  return compareWith(
    'isOnOrAfter',
    otherField,
    (value, other) => (value as string) >= (other as string),
    (args) => `${args.property} must not be before ${otherField}`,
    options,
  );
}

/** The number must be greater than another number field, e.g. escalation after the reminder. */
export function IsGreaterThan(otherField: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isGreaterThan',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [otherField],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherField];
          if (typeof value !== 'number' || typeof other !== 'number') return true;
          return value > other;
        },
        defaultMessage: (args) => `${args?.property ?? 'the value'} must be greater than ${otherField}`,
      },
    });
  };
}
