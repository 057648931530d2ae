/** A valid create-partnership request (Hampshire supporting Buckinghamshire), with overrides. */
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
