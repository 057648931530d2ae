import { exitRequestProblem, isGoodEnoughToExit } from './partnership-exit.js';

const TODAY = '2022-01-10';

describe('asking for a partnership to end', () => {
  it('ends Buckinghamshire’s partnership on its re-inspection as requires improvement, the direction lifted', () => {
    expect(
      exitRequestProblem(
        {
          trigger: 'improved',
          reason: 'Re-inspected as requires improvement; the statutory direction was lifted',
          reinspection: { judgement: 'requires_improvement', judgedOn: '2021-12-10', directionLiftedOn: '2022-01-05' },
        },
        TODAY,
      ),
    ).toBeNull();
  });

  it('keeps supporting a council still judged inadequate', () => {
    expect(
      exitRequestProblem(
        {
          trigger: 'improved',
          reason: 'Re-inspected',
          reinspection: { judgement: 'inadequate', judgedOn: '2021-12-10', directionLiftedOn: '2022-01-05' },
        },
        TODAY,
      ),
    ).toMatch(/still judged inadequate/);
  });

  it('needs the re-inspection for an exit on improvement, and refuses dates in the future or in the wrong order', () => {
    expect(exitRequestProblem({ trigger: 'improved', reason: 'Better' }, TODAY)).toMatch(/re-inspection judgement/);
    const reinspection = { judgement: 'good', judgedOn: '2021-12-10', directionLiftedOn: '2022-02-01' } as const;
    expect(exitRequestProblem({ trigger: 'improved', reason: 'Better', reinspection }, TODAY)).toMatch(/already have happened/);
    expect(
      exitRequestProblem(
        { trigger: 'improved', reason: 'Better', reinspection: { ...reinspection, directionLiftedOn: '2021-11-01' } },
        TODAY,
      ),
    ).toMatch(/after the re-inspection/);
  });

  it('lets the lead council give notice with a hand-back period, as Hampshire did with the Isle of Wight', () => {
    expect(exitRequestProblem({ trigger: 'notice', reason: 'Hampshire gives notice', handBackUntil: '2023-01-31' }, TODAY)).toBeNull();
    expect(exitRequestProblem({ trigger: 'notice', reason: 'Hampshire gives notice' }, TODAY)).toBeNull();
  });

  it('refuses a hand-back that has already ended, runs over two years, or comes with another trigger', () => {
    expect(exitRequestProblem({ trigger: 'notice', reason: 'Notice', handBackUntil: TODAY }, TODAY)).toMatch(/after today/);
    expect(exitRequestProblem({ trigger: 'notice', reason: 'Notice', handBackUntil: '2024-01-11' }, TODAY)).toMatch(/at most 24 months/);
    expect(exitRequestProblem({ trigger: 'long_term_solution', reason: 'Trust', handBackUntil: '2022-06-30' }, TODAY)).toMatch(
      /only notice/,
    );
  });

  it('ends on a long-term solution, as Torbay’s did, but not without a reason', () => {
    expect(exitRequestProblem({ trigger: 'long_term_solution', reason: 'Long-term support solution established' }, TODAY)).toBeNull();
    expect(exitRequestProblem({ trigger: 'long_term_solution', reason: '  ' }, TODAY)).toMatch(/reason/);
  });

  it('counts requires improvement, good and outstanding as good enough to leave', () => {
    expect(['requires_improvement', 'good', 'outstanding', 'inadequate'].map((j) => isGoodEnoughToExit(j as never))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
