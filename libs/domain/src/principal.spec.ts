import { actsForAnyOf, type Principal } from './principal.js';

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
