import { ApplicationFailure } from '@temporalio/activity';
import { QueryFailedError } from 'typeorm';
import { AccordError } from '#domain';
import { asFinalFailure, withFinalFailures } from './final-failure.js';
import { MirrorOutOfStepError } from './partnership-mirror.service.js';

const sqlError = (code: string) => new QueryFailedError('INSERT …', [], Object.assign(new Error('refused'), { code }));

describe('which activity errors no retry can cure', () => {
  it('gives up at once on a refusal, a mirror out of step and a row PostgreSQL refuses', () => {
    for (const error of [
      new AccordError('decision_refused', 'not a key decision'),
      new MirrorOutOfStepError('partnership p is not in draft in the database'),
      sqlError('23505'),
      sqlError('22P02'),
    ]) {
      expect(asFinalFailure(error)).toMatchObject({ nonRetryable: true });
    }
    expect(asFinalFailure(new AccordError('decision_refused', 'why'))?.type).toBe('decision_refused');
    expect(asFinalFailure(new MirrorOutOfStepError('why'))?.type).toBe('PartnershipMirrorOutOfStep');
  });

  it('retries outages and anything it does not recognise', () => {
    for (const error of [
      sqlError('57P01'),
      sqlError('08006'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new TypeError('x is undefined'),
      ApplicationFailure.create({ message: 'passing', nonRetryable: false }),
    ]) {
      expect(asFinalFailure(error)).toBeUndefined();
    }
  });

  it('wraps every activity, passing results through and turning final errors into non-retryable failures', async () => {
    const activities = withFinalFailures({
      answer: async (n: number) => n * 2,
      refuse: async () => {
        throw new AccordError('decision_refused', 'not like this');
      },
    });
    await expect(activities.answer(21)).resolves.toBe(42);
    await expect(activities.refuse()).rejects.toMatchObject({ type: 'decision_refused', nonRetryable: true, message: 'not like this' });
  });
});
