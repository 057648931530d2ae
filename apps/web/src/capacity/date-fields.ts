import { isIsoDate } from './calendar.js';

/** The three fields of a GOV.UK date input named `name`: name-day, name-month, name-year. */
export type FormFields = Record<string, unknown>;

export interface FieldError {
  /** The id of the input the error summary links to. */
  field: string;
  message: string;
}

/**
 * A GOV.UK date input read as YYYY-MM-DD, with the pattern's error messages
 * ("Enter the start date", "Start date must be a real date"), linked to its first empty field.
 */
export function dateFromFields(fields: FormFields, name: string, label: string): { value?: string; error?: FieldError } {
  const part = (suffix: string) => String(fields[`${name}-${suffix}`] ?? '').trim();
  const [day, month, year] = [part('day'), part('month'), part('year')];
  const capital = label.charAt(0).toUpperCase() + label.slice(1);
  if (!day && !month && !year) return { error: { field: `${name}-day`, message: `Enter the ${label}` } };
  const missing = [
    ['day', day],
    ['month', month],
    ['year', year],
  ].find(([, value]) => !value);
  if (missing) return { error: { field: `${name}-${missing[0]}`, message: `${capital} must include a ${missing[0]}` } };
  const iso = `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year) || !isIsoDate(iso)) {
    return { error: { field: `${name}-day`, message: `${capital} must be a real date` } };
  }
  return { value: iso };
}

/** The GOV.UK date input's values for a date, to fill the form again. */
export function fieldsOfDate(name: string, iso: string | undefined): FormFields {
  if (!iso) return {};
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
}

/** An FTE typed into a form: a number from 0.001 to 1 with at most three decimals. */
export function fteFromField(fields: FormFields, name: string): { value?: number; error?: FieldError } {
  const text = String(fields[name] ?? '').trim();
  if (!text) return { error: { field: name, message: 'Enter the FTE, for example 0.5' } };
  if (!/^\d*\.?\d{0,3}$/.test(text) || Number(text) < 0.001 || Number(text) > 1) {
    return { error: { field: name, message: 'FTE must be a number from 0.001 to 1, with at most 3 decimal places' } };
  }
  return { value: Number(text) };
}
