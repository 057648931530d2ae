import { refusalInWords } from './booking-refusal.js';

const problem = (code: string, detail?: string, clash?: { on: string; secondedFte: number; contractedFte: number }) => ({
  type: `https://accord.example/problems/${code}`,
  title: 'Conflict',
  status: 409,
  code,
  detail,
  clash,
});

describe('a refused secondment in words', () => {
  it('names the day, the person and the FTE of a clash with the contract', () => {
    const clash = problem('secondment_exceeds_contract', 'worded for an integrator', {
      on: '2026-12-30',
      secondedFte: 1.1,
      contractedFte: 1,
    });
    expect(refusalInWords(clash, 'Alex Smith')).toBe(
      'On 30 December 2026 Alex Smith would be seconded 1.1 FTE against a contract of 1.0 FTE',
    );
  });

  it('keeps the API’s words when a clash comes without its figures', () => {
    expect(refusalInWords(problem('secondment_exceeds_contract', 'too much'), 'Alex Smith')).toBe(
      'Alex Smith would be seconded beyond their contract: too much',
    );
  });

  it('says when a secondment falls outside the person’s employment', () => {
    expect(refusalInWords(problem('secondment_outside_employment', 'employed 2005-09-01 to now'), 'Alex Smith')).toBe(
      'The secondment must fall within Alex Smith’s employment: from 1 September 2005 with no end date',
    );
    expect(refusalInWords(problem('secondment_outside_employment', 'employed 2005-09-01 to 2019-03-31'), 'Alex Smith')).toBe(
      'The secondment must fall within Alex Smith’s employment: from 1 September 2005 until 31 March 2019',
    );
  });

  it('explains a step the secondment’s status does not allow', () => {
    expect(refusalInWords(problem('secondment_status_conflict', 'a proposed secondment cannot become active'), 'Alex Smith')).toBe(
      'This secondment is proposed, so it cannot be started',
    );
  });

  it('falls back to the detail, then the title, for any other refusal', () => {
    expect(refusalInWords(problem('stale_version', 'read it again'), 'Alex Smith')).toBe('read it again');
    expect(refusalInWords(problem('stale_version'), 'Alex Smith')).toBe('Conflict');
  });
});
