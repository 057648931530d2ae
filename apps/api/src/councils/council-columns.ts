import type { CouncilEntity } from '#persistence';
import type { HeadquartersDto, OfstedJudgementDto, SavingsProgrammeDto } from './dto/council-parts.dto.js';

interface CouncilParts {
  hq?: HeadquartersDto | null;
  ofsted?: OfstedJudgementDto | null;
  savingsProgramme?: SavingsProgrammeDto | null;
}

/** Flattens the nested parts of a council request into columns; an absent part is left out, `null` clears it. */
export function councilColumns(parts: CouncilParts): Partial<CouncilEntity> {
  const columns: Partial<CouncilEntity> = {};
  if (parts.hq !== undefined) {
    columns.hqLatitude = parts.hq ? String(parts.hq.latitude) : null;
    columns.hqLongitude = parts.hq ? String(parts.hq.longitude) : null;
  }
  if (parts.ofsted !== undefined) {
    columns.ofstedJudgement = parts.ofsted?.judgement ?? null;
    columns.ofstedJudgementDate = parts.ofsted?.date ?? null;
    columns.ofstedJudgementIllustrative = parts.ofsted?.illustrative ?? false;
  }
  if (parts.savingsProgramme !== undefined) {
    columns.savingsProgrammeName = parts.savingsProgramme?.name ?? null;
    columns.savingsProgrammeTargetPence = parts.savingsProgramme ? String(parts.savingsProgramme.targetPence) : null;
    columns.savingsProgrammeEndDate = parts.savingsProgramme?.endDate ?? null;
  }
  return columns;
}
