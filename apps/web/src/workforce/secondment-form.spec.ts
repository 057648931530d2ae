import { secondmentFromForm } from './secondment-form.js';

const ALEX = '0b6f3c1e-8d2a-4f5b-9c7d-1e2f3a4b5c6d';
const TORBAY = '7d1f2e3c-4b5a-4697-8877-665544332211';

describe('HR’s book-a-secondment form', () => {
  it('reads a booking', () => {
    const body = {
      partnershipId: TORBAY,
      fte: '0.5',
      'start-day': '9',
      'start-month': '1',
      'start-year': '2017',
      'end-day': '30',
      'end-month': '6',
      'end-year': '2018',
    };
    expect(secondmentFromForm(ALEX, body)).toEqual({
      booking: { staffMemberId: ALEX, partnershipId: TORBAY, fte: 0.5, start: '2017-01-09', end: '2018-06-30' },
      errors: [],
    });
  });

  it('names each field to put right', () => {
    const body = {
      fte: 'half',
      'start-day': '9',
      'start-month': '1',
      'start-year': '2018',
      'end-day': '1',
      'end-month': '1',
      'end-year': '2018',
    };
    expect(secondmentFromForm(ALEX, body).errors).toEqual([
      { field: 'partnershipId', message: 'Select the partnership' },
      { field: 'fte', message: 'FTE must be a number from 0.001 to 1, with at most 3 decimal places' },
      { field: 'end-day', message: 'End date must be the same as or after the start date' },
    ]);
  });
});
