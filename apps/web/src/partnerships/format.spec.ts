import { formatDate, formatDateTime, formatFte, formatPounds, parsePounds } from './format.js';

describe('how dates and money read on the pages', () => {
  it('writes calendar dates in full, whatever the server’s time zone', () => {
    expect(formatDate('2018-04-16')).toBe('16 April 2018');
    expect(formatDate('2022-03-31')).toBe('31 March 2022');
  });

  it('writes instants in London time with a GOV.UK am/pm', () => {
    expect(formatDateTime('2018-04-16T13:05:00Z')).toBe('16 April 2018 at 2:05pm');
    expect(formatDateTime('2018-01-16T09:30:00Z')).toBe('16 January 2018 at 9:30am');
  });

  it('writes pence as pounds, showing pence only when there are some', () => {
    expect(formatPounds(45_000_000)).toBe('£450,000');
    expect(formatPounds(123_450)).toBe('£1,234.50');
  });

  it('reads pounds as typed into a form, refusing what is not an amount', () => {
    expect(parsePounds('£450,000')).toBe(45_000_000);
    expect(parsePounds('1234.5')).toBe(123_450);
    expect(parsePounds('12.345')).toBeNull();
    expect(parsePounds('lots')).toBeNull();
  });

  it('writes FTE without trailing zeros', () => {
    expect(formatFte(0.8)).toBe('0.8 FTE');
    expect(formatFte(-1.25)).toBe('-1.25 FTE');
  });
});
