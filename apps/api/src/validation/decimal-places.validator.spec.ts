import { hasAtMostDecimals } from './decimal-places.validator.js';

describe('a number with at most so many decimals', () => {
  it.each([0, 1, 0.5, 0.001, 24.5, 9999.999, -1.25])('accepts %p to three places', (value) => {
    expect(hasAtMostDecimals(value, 3)).toBe(true);
  });

  it.each([0.0001, 0.1 + 0.2, 5e-324, 1e-7, 2444.9219037240123, Number.NaN, Number.POSITIVE_INFINITY, '0.5', null])(
    'refuses %p to three places, without throwing',
    (value) => {
      expect(hasAtMostDecimals(value, 3)).toBe(false);
    },
  );
});
