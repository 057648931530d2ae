import type { components } from '#api-client';

type TeamCapacity = components['schemas']['TeamCapacityResponse'];
type CapacityPoint = components['schemas']['CapacityPoint'];

/** A capacity point as the API answers it, from the few figures a test cares about. */
export function point(date: string, figures: { contracted: number; secondedOut: number; floor: number }): CapacityPoint {
  const home = Math.round((figures.contracted - figures.secondedOut) * 1000) / 1000;
  return {
    date,
    establishmentFte: 10,
    floorFte: figures.floor,
    contractedFte: figures.contracted,
    secondedOutFte: figures.secondedOut,
    homeFte: home,
    headroomFte: Math.round((home - figures.floor) * 1000) / 1000,
    belowFloor: home < figures.floor,
  };
}

export function team(points: CapacityPoint[], breaches: { start: string; end: string }[] = []): TeamCapacity {
  return { teamId: 'team-1', teamName: 'Children in Care, Winchester', breaches, points };
}
