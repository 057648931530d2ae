import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, type ValidationOptions } from 'class-validator';

/** The largest PostgreSQL `integer`: record versions, counts and paging offsets stay within it. */
export const INT4_MAX = 2_147_483_647;

/** Money is integer pence in `bigint` columns, and must stay exact as a JavaScript number. */
export const MAX_PENCE = Number.MAX_SAFE_INTEGER;

/**
 * A whole number between `minimum` and `maximum`, documented as such in OpenAPI. Every integer
 * the API accepts has an upper bound, so no value can overflow its column and come back as a 500.
 */
export function IsBoundedInteger(minimum: number, maximum: number, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsInt(options), Min(minimum), Max(maximum), ApiProperty({ type: 'integer', minimum, maximum }));
}

/** The `version` a client read, sent back with an update so a stale one can be refused. */
export function IsRecordVersion(): PropertyDecorator {
  return IsBoundedInteger(1, INT4_MAX);
}
