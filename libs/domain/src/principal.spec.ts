import { AccordError } from './accord-error.js';
import { actsForAnyOf, requireVisible, type Principal } from './principal.js';

const hampshire = 'E10000014';
const buckinghamshire = 'E10000002';

function principal(overrides: Partial<Principal>): Principal {
  return { id: 'p', name: 'Someone', role: 'chief_executive', councilCode: hampshire, scopes: [], ...overrides };
}

describe('who a principal acts for', () => {
  it('lets a chief executive act for their own council', () => {
    expect(actsForAnyOf(principal({}), [hampshire, buckinghamshire])).toBe(true);
  });

  it('keeps a chief executive out of another council', () => {
    expect(actsForAnyOf(principal({ councilCode: 'E06000027' }), [hampshire, buckinghamshire])).toBe(false);
  });

  it('lets commissioners and admins act across councils', () => {
    expect(actsForAnyOf(principal({ role: 'commissioner', councilCode: null }), [hampshire])).toBe(true);
    expect(actsForAnyOf(principal({ role: 'admin', councilCode: null }), [hampshire])).toBe(true);
  });
});

describe('records a principal may see', () => {
  const notFound = new AccordError('partnership_not_found', 'no partnership has id p-1');

  it('answers a record of another council as one that does not exist', () => {
    expect(() => requireVisible(principal({ councilCode: 'E06000027' }), [hampshire, buckinghamshire], notFound)).toThrow(notFound);
  });

  it('shows a record to either of its councils and to cross-council roles', () => {
    expect(() => requireVisible(principal({ councilCode: buckinghamshire }), [hampshire, buckinghamshire], notFound)).not.toThrow();
    expect(() => requireVisible(principal({ role: 'commissioner', councilCode: null }), [hampshire], notFound)).not.toThrow();
  });
});
