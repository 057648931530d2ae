import type { TeamCheck } from './capacity-check.js';
import { capacityFinding, describeCapacityFinding } from './capacity-finding.js';

const team = (teamName: string, minimumHeadroom: number, minimumOn: string, breaches: TeamCheck['breaches'] = []): TeamCheck => ({
  teamId: teamName,
  teamName,
  minimumHeadroom,
  minimumOn,
  breaches,
});

describe('what a capacity check found', () => {
  it('names the team furthest below its floor, the worst day, how far below, and since when', () => {
    const finding = capacityFinding('fail', [
      team('Leaving Care, Andover', 1200, '2026-01-01'),
      team('Children in Care, Winchester', -600, '2026-03-02', [{ start: '2026-02-02', end: '2026-03-31' }]),
      team('Disabled Children, Eastleigh', -100, '2026-02-10', [{ start: '2026-02-10', end: '2026-02-12' }]),
    ]);
    expect(finding).toEqual({
      outcome: 'fail',
      tightest: {
        teamId: 'Children in Care, Winchester',
        teamName: 'Children in Care, Winchester',
        on: '2026-03-02',
        headroom: -600,
        firstBelowFloorOn: '2026-02-02',
      },
      teamsBelowFloor: 2,
    });
    expect(describeCapacityFinding(finding)).toBe(
      'Children in Care, Winchester falls 0.6 FTE below its retention floor on 2026-03-02 (below it from 2026-02-02); ' +
        '1 other team also falls below its floor',
    );
  });

  it('gives the least headroom when every team stays at or above its floor', () => {
    const finding = capacityFinding('warn', [team('Disabled Children, Eastleigh', 400, '2026-01-01'), team('QA', 2500, '2026-01-01')]);
    expect(describeCapacityFinding(finding)).toBe('least headroom 0.4 FTE in Disabled Children, Eastleigh on 2026-01-01');
    expect(describeCapacityFinding(capacityFinding('pass', []))).toBe('no teams to check');
  });
});
