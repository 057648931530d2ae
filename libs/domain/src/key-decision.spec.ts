import { clearDaysBetween, forwardPlanNoticeSatisfied, isKeyDecision } from './key-decision.js';

const LANCASTER_THRESHOLD = 25_000_000; // £250k

describe('key decisions', () => {
  const minor = { spendingPence: 0, savingsPence: 0, wardsAffected: 1 };

  it('is key when spending reaches the council’s threshold, not a penny below', () => {
    expect(isKeyDecision({ ...minor, spendingPence: 25_000_000 }, LANCASTER_THRESHOLD)).toBe(true);
    expect(isKeyDecision({ ...minor, spendingPence: 24_999_999 }, LANCASTER_THRESHOLD)).toBe(false);
  });

  it('is key when savings reach the threshold', () => {
    expect(isKeyDecision({ ...minor, savingsPence: 30_000_000 }, LANCASTER_THRESHOLD)).toBe(true);
  });

  it('is key when two or more wards are affected, whatever the money', () => {
    expect(isKeyDecision({ ...minor, wardsAffected: 2 }, LANCASTER_THRESHOLD)).toBe(true);
    expect(isKeyDecision(minor, LANCASTER_THRESHOLD)).toBe(false);
  });

  it('refuses money that is not whole pence, and a threshold that is not positive', () => {
    expect(() => isKeyDecision({ ...minor, spendingPence: 100.5 }, LANCASTER_THRESHOLD)).toThrow(RangeError);
    expect(() => isKeyDecision({ ...minor, savingsPence: -1 }, LANCASTER_THRESHOLD)).toThrow(RangeError);
    expect(() => isKeyDecision({ ...minor, spendingPence: 2 ** 53 }, LANCASTER_THRESHOLD)).toThrow(RangeError);
    expect(() => isKeyDecision({ ...minor, wardsAffected: -1 }, LANCASTER_THRESHOLD)).toThrow(RangeError);
    expect(() => isKeyDecision(minor, 0)).toThrow(RangeError);
    expect(() => isKeyDecision(minor, 250_000.5)).toThrow(RangeError);
  });
});

describe('forward-plan notice for a key decision', () => {
  it('counts neither the day of publication nor the day of the meeting as clear', () => {
    expect(clearDaysBetween('2018-03-18', '2018-03-20')).toBe(1);
    expect(clearDaysBetween('2018-03-18', '2018-03-19')).toBe(0);
    expect(clearDaysBetween('2018-03-18', '2018-03-18')).toBe(0);
  });

  // Published Sun 18 March 2018; Cabinet Mon 16 April = 18 March + 29. Clear days: 19–31 March (13) and 1–15 April (15) = 28.
  it('is satisfied by 28 clear days: published on day D, the meeting on D + 29', () => {
    expect(forwardPlanNoticeSatisfied({ firstPublishedOnForwardPlan: '2018-03-18', meetingDate: '2018-04-16' })).toEqual({
      satisfied: true,
      clearDays: 28,
      required: 28,
    });
  });

  it('is not satisfied by 27 clear days', () => {
    const outcome = forwardPlanNoticeSatisfied({ firstPublishedOnForwardPlan: '2018-03-19', meetingDate: '2018-04-16' });
    expect(outcome).toMatchObject({ satisfied: false, clearDays: 27, required: 28 });
    expect(outcome.reason).toMatch(/27 clear days.*28 are required/);
  });

  it('is not satisfied with neither a forward-plan date nor an urgency route', () => {
    const outcome = forwardPlanNoticeSatisfied({ meetingDate: '2018-04-16' });
    expect(outcome).toMatchObject({ satisfied: false, clearDays: null, required: 28 });
    expect(outcome.reason).toMatch(/none was published/);
  });

  it('is not satisfied when first published on or after the meeting', () => {
    expect(forwardPlanNoticeSatisfied({ firstPublishedOnForwardPlan: '2018-04-20', meetingDate: '2018-04-16' })).toMatchObject({
      satisfied: false,
      clearDays: 0,
    });
  });

  // Published Tue 10 April; meeting Mon 16 April: clear days 11–15 April = 5.
  it('accepts 5 clear days under the general exception, with the scrutiny chair informed', () => {
    const general = { meetingDate: '2018-04-16', urgency: 'general_exception' } as const;
    expect(forwardPlanNoticeSatisfied({ ...general, firstPublishedOnForwardPlan: '2018-04-10' })).toEqual({
      satisfied: true,
      clearDays: 5,
      required: 5,
    });
    expect(forwardPlanNoticeSatisfied({ ...general, firstPublishedOnForwardPlan: '2018-04-11' })).toMatchObject({
      satisfied: false,
      clearDays: 4,
    });
    expect(forwardPlanNoticeSatisfied(general).satisfied).toBe(false);
  });

  it('needs no notice under special urgency, the chair’s agreement being recorded', () => {
    expect(forwardPlanNoticeSatisfied({ meetingDate: '2018-04-16', urgency: 'special_urgency' })).toEqual({
      satisfied: true,
      clearDays: null,
      required: 0,
    });
    expect(
      forwardPlanNoticeSatisfied({ firstPublishedOnForwardPlan: '2018-04-16', meetingDate: '2018-04-16', urgency: 'special_urgency' })
        .satisfied,
    ).toBe(true);
  });

  it('refuses dates that are not calendar days', () => {
    expect(() => forwardPlanNoticeSatisfied({ meetingDate: '16/04/2018' })).toThrow(RangeError);
    expect(() => forwardPlanNoticeSatisfied({ firstPublishedOnForwardPlan: '2018-02-30', meetingDate: '2018-04-16' })).toThrow(RangeError);
  });
});
