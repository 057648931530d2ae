import { addMonths, dateOfInstant } from '#domain';

/** A valid create-partnership request (Hampshire supporting Buckinghamshire, 2018–2022 as in the story), with overrides. */
export function partnershipRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Hampshire support for Buckinghamshire children’s services',
    leadCouncilCode: 'E10000014',
    supportedCouncilCode: 'E10000002',
    plannedStart: '2018-05-01',
    plannedEnd: '2022-03-31',
    ...overrides,
  };
}

/**
 * A period from today for three years. A partnership whose planned end has passed exits as soon
 * as it is active, so tests of an active partnership's life use this one.
 */
export function livePeriod(): { plannedStart: string; plannedEnd: string } {
  const today = dateOfInstant(Date.now());
  return { plannedStart: today, plannedEnd: addMonths(today, 36) };
}
