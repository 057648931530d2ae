import { ApplicationFailure } from '@temporalio/activity';
import { QueryFailedError } from 'typeorm';
import { AccordError } from '#domain';
import { MirrorOutOfStepError } from './partnership-mirror.service.js';

/**
 * Temporal retries a failed activity until it succeeds, which is right for an outage (the
 * database restarting) and wrong for an error that the same input will always meet again:
 * those leave as non-retryable failures, so the workflow hears of them at once instead of
 * retrying for ever. Anything not recognised here is treated as passing and retried.
 */
export function asFinalFailure(error: unknown): ApplicationFailure | undefined {
  if (error instanceof ApplicationFailure) return error.nonRetryable ? error : undefined;
  if (error instanceof AccordError) return ApplicationFailure.create({ type: error.code, message: error.message, nonRetryable: true });
  if (error instanceof MirrorOutOfStepError) {
    return ApplicationFailure.create({ type: 'PartnershipMirrorOutOfStep', message: error.message, nonRetryable: true });
  }
  // Classes 22 (data exception) and 23 (integrity constraint): the row itself is refused.
  const sqlState = error instanceof QueryFailedError ? (error.driverError as { code?: unknown }).code : undefined;
  if (typeof sqlState === 'string' && /^2[23]/.test(sqlState)) {
    return ApplicationFailure.create({
      type: `PostgreSQL${sqlState}`,
      message: error instanceof Error ? error.message : '',
      nonRetryable: true,
    });
  }
  return undefined;
}

/** Wraps each activity so errors no retry can cure leave as non-retryable failures. */
export function withFinalFailures<Activities extends object>(activities: Activities): Activities {
  const wrapped = Object.entries(activities as Record<string, (...args: unknown[]) => Promise<unknown>>).map(([name, activity]) => [
    name,
    async (...args: unknown[]) => {
      try {
        return await activity(...args);
      } catch (error) {
        throw asFinalFailure(error) ?? error;
      }
    },
  ]);
  return Object.fromEntries(wrapped) as Activities;
}
