import { ACCORD_ERROR_CODES } from '#domain';
import { readFileSync } from 'node:fs';
import { CODES_WITH_MESSAGES, refusalMessage } from './refusal-messages.js';

const problem = (code: string, detail?: string) => ({ type: `https://accord.dev/problems/${code}`, title: 'x', status: 409, code, detail });

describe('refusals in plain words', () => {
  it('has words for every code the API can answer: the domain’s and those of HTTP and the database (docs/api.md)', () => {
    const httpCodes = [
      ...readFileSync(new URL('../../../../docs/api.md', import.meta.url), 'utf8')
        .split('### Codes from HTTP and the database')[1]
        .matchAll(/^\| `([a-z_]+)`/gm),
    ].map((match) => match[1]);
    expect(httpCodes.length).toBeGreaterThan(10);
    expect([...ACCORD_ERROR_CODES, ...httpCodes].filter((code) => !CODES_WITH_MESSAGES.includes(code))).toEqual([]);
  });

  it('says what the partnership is no longer waiting for, and where it is now', () => {
    expect(
      refusalMessage(problem('stage_action_not_allowed', 'E10000014 has already signed'), {
        waitingFor: 'a signature from Hampshire County Council',
        stageNow: 'active',
      }),
    ).toBe('This partnership is no longer waiting for a signature from Hampshire County Council. It is now active.');
    expect(refusalMessage(problem('stage_action_not_allowed'), { waitingFor: 'the director’s endorsement', stageNow: 'sign_off' })).toBe(
      'This partnership is no longer waiting for the director’s endorsement. It is now waiting for signatures.',
    );
  });

  it('never shows a code, and passes on the workflow’s own reason for a request it cannot take as asked', () => {
    expect(refusalMessage(problem('invalid_action_request', 'a call-in needs 5 members of the council; 3 named'))).toBe(
      'A call-in needs 5 members of the council; 3 named.',
    );
    expect(refusalMessage(problem('forbidden_for_council'), { attempted: 'endorse this partnership' })).toBe(
      'Your council cannot endorse this partnership.',
    );
    expect(refusalMessage(problem('something_new'))).not.toContain('something_new');
    for (const code of CODES_WITH_MESSAGES) expect(refusalMessage(problem(code))).not.toContain(code);
  });
});
