import { capacityHref, capacityRequest, decodeProposal, encodeProposal } from './what-if-form.js';
import { dateFromFields } from './date-fields.js';

const ALEX = '0b6f3c1e-8d2a-4f5b-9c7d-1e2f3a4b5c6d';

describe('the capacity page’s question', () => {
  it('defaults to a year from today and keeps a period asked for', () => {
    expect(capacityRequest({}, '2026-11-30')).toMatchObject({ from: '2026-11-30', to: '2027-11-29', proposals: [], errors: [] });
    expect(capacityRequest({ from: '2018-05-01', to: '2020-04-30' }, '2026-11-30')).toMatchObject({ from: '2018-05-01', to: '2020-04-30' });
  });

  it('reads the period from the period form’s date inputs', () => {
    const request = capacityRequest(
      { 'from-day': '1', 'from-month': '5', 'from-year': '2018', 'to-day': '30', 'to-month': '4', 'to-year': '2017' },
      '2026-11-30',
    );
    expect(request).toMatchObject({ from: '2018-05-01', to: '2019-04-30' });
    expect(request.errors).toEqual([{ field: 'to-day', message: 'End of the period must be on or after its start' }]);
  });

  it('adds a proposal from the what-if form to those already in the address', () => {
    const earlier = encodeProposal({ staffMemberId: ALEX, fte: 0.5, start: '2018-06-01', end: '2019-05-31' });
    const request = capacityRequest(
      {
        from: '2018-05-01',
        to: '2020-04-30',
        proposed: earlier,
        add: '1',
        staffMemberId: ALEX,
        fte: '0.25',
        'start-day': '1',
        'start-month': '9',
        'start-year': '2018',
        'end-day': '31',
        'end-month': '3',
        'end-year': '2019',
      },
      '2026-11-30',
    );
    expect(request.errors).toEqual([]);
    expect(request.proposals).toEqual([
      { staffMemberId: ALEX, fte: 0.5, start: '2018-06-01', end: '2019-05-31' },
      { staffMemberId: ALEX, fte: 0.25, start: '2018-09-01', end: '2019-03-31' },
    ]);
    expect(capacityHref('E10000014', request)).toBe(
      `/councils/E10000014/capacity?from=2018-05-01&to=2020-04-30&proposed=${ALEX}_0.5_2018-06-01_2019-05-31&proposed=${ALEX}_0.25_2018-09-01_2019-03-31`,
    );
  });

  it('says what is wrong with a proposal it cannot add, field by field', () => {
    const request = capacityRequest(
      { add: '1', fte: '1.5', 'start-day': '31', 'start-month': '2', 'start-year': '2019', 'end-month': '3' },
      '2026-11-30',
    );
    expect(request.errors).toEqual([
      { field: 'staffMemberId', message: 'Select who would be seconded' },
      { field: 'fte', message: 'FTE must be a number from 0.001 to 1, with at most 3 decimal places' },
      { field: 'start-day', message: 'Start date must be a real date' },
      { field: 'end-day', message: 'End date must include a day' },
    ]);
    expect(request.proposals).toEqual([]);
  });

  it('drops proposals in the address that are not well formed', () => {
    expect(decodeProposal(`${ALEX}_2_2018-06-01_2019-05-31`)).toBeUndefined();
    expect(decodeProposal(`${ALEX}_0.5_2019-06-01_2019-05-31`)).toBeUndefined();
    expect(decodeProposal('x_0.5_2018-06-01_2019-05-31')).toBeUndefined();
  });

  it('reads a GOV.UK date input', () => {
    expect(dateFromFields({ 'start-day': '9', 'start-month': '1', 'start-year': '2017' }, 'start', 'start date')).toEqual({
      value: '2017-01-09',
    });
    expect(dateFromFields({}, 'start', 'start date').error).toEqual({ field: 'start-day', message: 'Enter the start date' });
  });
});
