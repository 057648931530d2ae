import type { ProblemDetails } from './api-types.js';

/** Errors as GOV.UK shows them: a summary linking to each field, and the message above the field. */
export interface FormErrors {
  /** For `govukErrorSummary`'s errorList. */
  summary: { text: string; href: string }[];
  /** For each field macro's errorMessage, by the form's field name. */
  fields: Record<string, { text: string }>;
}

/** How one form names its fields: the API's field path to the form's field, and the message GOV.UK style wants for it. */
export interface FormFields {
  [apiField: string]: { name: string; href?: string; message?: string };
}

export function noErrors(): FormErrors {
  return { summary: [], fields: {} };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.summary.length > 0;
}

/** Adds one error to the summary and, when it belongs to a field, beside it; the first error of a field wins. */
export function addError(errors: FormErrors, text: string, field?: { name: string; href?: string }): FormErrors {
  if (field && errors.fields[field.name]) return errors;
  errors.summary.push({ text, href: field ? (field.href ?? `#${field.name}`) : '#main-content' });
  if (field) errors.fields[field.name] = { text };
  return errors;
}

/**
 * A 422 `validation_failed` answer's field errors as GOV.UK field errors. The form's own message
 * for a field replaces the API's (which names fields as the API does); a field the form does not
 * show goes to the summary alone.
 */
export function fieldErrorsFromProblem(problem: ProblemDetails, fields: FormFields, errors: FormErrors = noErrors()): FormErrors {
  for (const error of problem.errors ?? []) {
    const field = fields[error.field] ?? fields[error.field.split('.')[0]];
    const text = field?.message ?? sentence(error.messages[0] ?? `${error.field} is not valid`);
    addError(errors, text, field);
  }
  return errors;
}

function sentence(text: string): string {
  const spaced = text.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** What a GOV.UK date input (day, month, year) holds: the ISO date, or why it is not one. */
export function readDateInput(
  body: Record<string, unknown>,
  name: string,
): { iso: string | null; error?: string; typed: { day: string; month: string; year: string } } {
  const typed = {
    day: text(body[`${name}-day`]),
    month: text(body[`${name}-month`]),
    year: text(body[`${name}-year`]),
  };
  if (!typed.day && !typed.month && !typed.year) return { iso: null, typed };
  const missing = (['day', 'month', 'year'] as const).filter((part) => !typed[part]);
  if (missing.length) return { iso: null, typed, error: `must include a ${missing.join(' and a ')}` };
  if (![typed.day, typed.month, typed.year].every((part) => /^\d+$/.test(part)) || typed.year.length !== 4) {
    return { iso: null, typed, error: 'must be a real date' };
  }
  const iso = `${typed.year}-${typed.month.padStart(2, '0')}-${typed.day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return { iso: null, typed, error: 'must be a real date' };
  return { iso, typed };
}

/** The parts of a GOV.UK date input filled from an ISO date, to show a stored date for editing. */
export function dateInputParts(iso: string | null | undefined): { day: string; month: string; year: string } {
  if (!iso) return { day: '', month: '', year: '' };
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
