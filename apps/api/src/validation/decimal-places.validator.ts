import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Whether `value` is a finite number written with at most `places` decimals (0.1 + 0.2 is not: it has 17). */
export function hasAtMostDecimals(value: unknown, places: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value;
}

/**
 * A finite number with at most `places` decimals, such as an FTE to the thousandth. Not
 * class-validator's IsNumber({ maxDecimalPlaces }): it throws on a tiny number that JavaScript
 * writes in exponent form (5e-324), which answered a 500.
 */
export function IsFiniteDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isFiniteDecimal',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [places],
      options,
      validator: {
        validate: (value: unknown) => hasAtMostDecimals(value, places),
        defaultMessage: (args) => `${args?.property} must be a number with at most ${places} decimal places`,
      },
    });
  };
}
