import type { FieldError } from '../problem-details/problem-details.js';

const NUL = '\u0000';

/**
 * Paths of every string (and object key) in a request value that holds the NUL character,
 * which PostgreSQL cannot store in text: refused up front rather than failing in a query.
 */
export function fieldsHoldingNul(value: unknown, path = ''): FieldError[] {
  if (typeof value === 'string')
    return value.includes(NUL) ? [{ field: path, messages: [`${path} must not contain the NUL character`] }] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = path ? `${path}.${key}` : key;
    return key.includes(NUL) ? [{ field, messages: ['a field name must not contain the NUL character'] }] : fieldsHoldingNul(inner, field);
  });
}
