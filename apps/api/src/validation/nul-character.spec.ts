import { fieldsHoldingNul } from './nul-character.js';

describe('the NUL character in a request', () => {
  it('names the path of every string that holds it, however deep', () => {
    const body = { title: 'fine', hq: { name: 'Court\u0000' }, concerns: [{ concern: 'ok' }, { concern: '\u0000', answer: 'ok' }] };
    expect(fieldsHoldingNul(body).map((error) => error.field)).toEqual(['hq.name', 'concerns.1.concern']);
  });

  it('names a field name that holds it', () => {
    expect(fieldsHoldingNul({ 'ti\u0000tle': 'x' })).toEqual([
      { field: 'ti\u0000tle', messages: ['a field name must not contain the NUL character'] },
    ]);
  });

  it('names a path parameter by its name', () => {
    expect(fieldsHoldingNul('E1000\u000014', 'code')).toEqual([{ field: 'code', messages: ['code must not contain the NUL character'] }]);
  });

  it('finds nothing in ordinary input, numbers, booleans and null', () => {
    expect(fieldsHoldingNul({ a: 'b', n: 1, t: true, z: null, list: ['x'] })).toEqual([]);
    expect(fieldsHoldingNul(undefined)).toEqual([]);
  });
});
