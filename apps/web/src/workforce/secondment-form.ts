import { dateFromFields, fteFromField, type FieldError, type FormFields } from '../capacity/date-fields.js';

export interface SecondmentBooking {
  staffMemberId: string;
  partnershipId: string;
  fte: number;
  start: string;
  end: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * HR's "Book a secondment" form: the partnership, the FTE and the two dates, with GOV.UK
 * messages on the fields. Only the form's shape is checked here; whether the person has the time
 * is the API's question, and its answer is shown in words (booking-refusal.ts).
 */
export function secondmentFromForm(staffMemberId: string, body: FormFields): { booking?: SecondmentBooking; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const partnershipId = String(body.partnershipId ?? '');
  if (!UUID.test(partnershipId)) errors.push({ field: 'partnershipId', message: 'Select the partnership' });
  const fte = fteFromField(body, 'fte');
  const start = dateFromFields(body, 'start', 'start date');
  const end = dateFromFields(body, 'end', 'end date');
  for (const error of [fte.error, start.error, end.error]) if (error) errors.push(error);
  if (start.value && end.value && end.value < start.value) {
    errors.push({ field: 'end-day', message: 'End date must be the same as or after the start date' });
  }
  if (errors.length > 0) return { errors };
  return {
    booking: { staffMemberId, partnershipId, fte: fte.value as number, start: start.value as string, end: end.value as string },
    errors,
  };
}
