import { OTHER, PROPOSED, secondedShares, type SecondedLoad } from './seconded-shares.js';
import { point, team } from './capacity-test-data.js';

const torbay: SecondedLoad = { teamId: 'team-1', partnershipId: 'torbay', milliFte: 1500, start: '2017-01-09', end: '2018-06-30' };

describe('splitting a team’s seconded-out FTE by partnership', () => {
  it('gives each day’s seconded FTE to the partnerships whose secondments cover it', () => {
    const timeline = team([
      point('2017-01-08', { contracted: 38.2, secondedOut: 0, floor: 35.7 }),
      point('2017-01-09', { contracted: 38.2, secondedOut: 1.5, floor: 35.7 }),
    ]);
    const { byPartnership } = secondedShares(timeline, '2017-01-09', [torbay]);
    expect(byPartnership.get('torbay')).toEqual([0, 1500]);
    expect(byPartnership.has(OTHER)).toBe(false);
  });

  it('reads a week on the day whose secondments add up to the API’s worst-day figure', () => {
    const proposal: SecondedLoad = { teamId: 'team-1', partnershipId: PROPOSED, milliFte: 500, start: '2017-01-05', end: '2017-01-06' };
    const timeline = team([
      point('2017-01-02', { contracted: 38.2, secondedOut: 0.5, floor: 35.7 }),
      point('2017-01-09', { contracted: 38.2, secondedOut: 2, floor: 35.7 }),
    ]);
    const { byPartnership } = secondedShares(timeline, '2017-01-15', [
      torbay,
      proposal,
      { ...proposal, start: '2017-01-12', end: '2017-01-12' },
    ]);
    expect(byPartnership.get('torbay')).toEqual([0, 1500]);
    expect(byPartnership.get(PROPOSED)).toEqual([500, 500]);
  });

  it('shows what the secondments it was given cannot explain as other, never more than the API counted', () => {
    const timeline = team([point('2017-02-01', { contracted: 38.2, secondedOut: 2, floor: 35.7 })]);
    expect(secondedShares(timeline, '2017-02-01', [torbay]).byPartnership.get(OTHER)).toEqual([500]);
    const less = team([point('2017-02-01', { contracted: 38.2, secondedOut: 1, floor: 35.7 })]);
    expect(secondedShares(less, '2017-02-01', [torbay]).byPartnership.get('torbay')).toEqual([1000]);
  });

  it('ignores secondments from other teams', () => {
    const timeline = team([point('2017-02-01', { contracted: 38.2, secondedOut: 0, floor: 35.7 })]);
    const { byPartnership } = secondedShares(timeline, '2017-02-01', [{ ...torbay, teamId: 'team-2' }]);
    expect([...byPartnership.keys()]).toEqual([]);
  });
});
