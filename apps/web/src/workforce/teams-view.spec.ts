import { teamRows } from './teams-view.js';

const team = (id: string, name: string) => ({
  id,
  councilCode: 'E10000014',
  name,
  service: 'children',
  establishmentFte: 24,
  retentionFloor: 0.85,
  version: 1,
});
const today = (teamId: string, home: number, floor: number) => ({
  teamId,
  teamName: teamId,
  breaches: [],
  points: [
    {
      date: '2026-11-30',
      establishmentFte: 24,
      floorFte: floor,
      contractedFte: home,
      secondedOutFte: 0,
      homeFte: home,
      headroomFte: Math.round((home - floor) * 1000) / 1000,
      belowFloor: home < floor,
    },
  ],
});

describe('HR’s list of teams', () => {
  it('shows home FTE today against the floor, flagging teams below and near it', () => {
    const rows = teamRows(
      [
        team('a', 'Disabled Children, Eastleigh'),
        team('b', 'Leaving Care, Andover'),
        team('c', 'Children in Care, Winchester'),
        team('d', 'New team'),
      ],
      [today('a', 20.8, 20.4), today('b', 18.8, 17.6), today('c', 35, 35.7)],
    );
    expect(rows.map((row) => [row.name, row.home, row.floor, row.headroom, row.statusText])).toEqual([
      ['Disabled Children, Eastleigh', '20.8', '20.4', '0.4', 'Near floor'],
      ['Leaving Care, Andover', '18.8', '17.6', '1.2', 'Above floor'],
      ['Children in Care, Winchester', '35.0', '35.7', '-0.7', 'Below floor'],
      ['New team', '–', '–', '–', 'No figures'],
    ]);
    expect(rows[2].badge).toBe('moj-badge--red');
  });
});
