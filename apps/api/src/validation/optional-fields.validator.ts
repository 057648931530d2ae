import { applyDecorators } from '@nestjs/common';
// The one place that uses class-validator's IsOptional: it lets null through as well as a
// missing field, which for most fields sends null on to the database.
// eslint-disable-next-line no-restricted-imports
import { IsDefined, IsOptional, ValidateIf } from 'class-validator';

/**
 * The field may be left out, but never sent as `null`: null for a field that cannot be empty
 * is refused with 422, not passed on to a NOT NULL column or a conversion.
 */
export function IsOptionalNotNull(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    IsDefined({ message: '$property may be left out, but not null' }),
  );
}

/** The field may be left out, and `null` clears it (a leaver's last day, an intervention's dates). */
export function IsOptionalOrNull(): PropertyDecorator {
  return IsOptional();
}
