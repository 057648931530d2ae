import { addError, fieldErrorsFromProblem, noErrors, readDateInput } from './form-errors.js';

describe('form errors the GOV.UK way', () => {
  it('turns a 422’s field errors into the summary and the fields, with the form’s own words', () => {
    const errors = fieldErrorsFromProblem(
      {
        type: 'https://accord.dev/problems/validation-failed',
        title: 'Request validation failed',
        status: 422,
        code: 'validation_failed',
        errors: [
          { field: 'title', messages: ['title must be shorter than or equal to 200 characters'] },
          { field: 'plannedEnd', messages: ['plannedEnd must not be before plannedStart'] },
          { field: 'interventionId', messages: ['interventionId must be a UUID'] },
        ],
      },
      {
        title: { name: 'title', message: 'Title must be 200 characters or fewer' },
        plannedEnd: { name: 'plannedEnd', href: '#plannedEnd-day' },
      },
    );
    expect(errors.summary).toEqual([
      { text: 'Title must be 200 characters or fewer', href: '#title' },
      { text: 'Planned end must not be before planned start', href: '#plannedEnd-day' },
      { text: 'Intervention id must be a UUID', href: '#main-content' },
    ]);
    expect(errors.fields).toEqual({
      title: { text: 'Title must be 200 characters or fewer' },
      plannedEnd: { text: 'Planned end must not be before planned start' },
    });
  });

  it('keeps the first error of a field', () => {
    const errors = addError(addError(noErrors(), 'Enter a title', { name: 'title' }), 'Title is too long', { name: 'title' });
    expect(errors.summary).toHaveLength(1);
  });

  it('reads a date input, refusing a date that does not exist and saying which part is missing', () => {
    expect(readDateInput({ 'd-day': '16', 'd-month': '4', 'd-year': '2018' }, 'd').iso).toBe('2018-04-16');
    expect(readDateInput({ 'd-day': '31', 'd-month': '2', 'd-year': '2018' }, 'd').error).toBe('must be a real date');
    expect(readDateInput({ 'd-day': '1', 'd-month': '', 'd-year': '' }, 'd').error).toBe('must include a month and a year');
    expect(readDateInput({}, 'd')).toEqual({ iso: null, typed: { day: '', month: '', year: '' } });
  });
});
