import { PageMeta } from '../../common/page.query.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CouncilEntity } from '#persistence';
import { COUNCIL_TYPES, HeadquartersDto, OfstedJudgementDto, SavingsProgrammeDto } from './council-parts.dto.js';

export class CouncilResponse {
  @ApiProperty({ example: 'E10000014' })
  code!: string;

  @ApiProperty({ example: 'Hampshire County Council' })
  name!: string;

  @ApiProperty({ enum: COUNCIL_TYPES, example: 'county' })
  type!: string;

  @ApiProperty({ example: 'South East' })
  region!: string;

  @ApiPropertyOptional({ type: HeadquartersDto, nullable: true })
  hq!: HeadquartersDto | null;

  @ApiPropertyOptional({ type: OfstedJudgementDto, nullable: true })
  ofsted!: OfstedJudgementDto | null;

  @ApiPropertyOptional({ type: SavingsProgrammeDto, nullable: true })
  savingsProgramme!: SavingsProgrammeDto | null;

  @ApiPropertyOptional({ example: null, format: 'date', nullable: true, type: String })
  abolishedOn!: string | null;

  @ApiProperty({ example: [], description: 'Successor councils, once abolished' })
  successorCodes!: string[];

  @ApiProperty({ type: 'integer', example: 1 })
  version!: number;

  static from(entity: CouncilEntity, successorCodes: string[] = []): CouncilResponse {
    return {
      code: entity.code,
      name: entity.name,
      type: entity.type,
      region: entity.region,
      hq: entity.hqLatitude === null ? null : { latitude: Number(entity.hqLatitude), longitude: Number(entity.hqLongitude) },
      ofsted:
        entity.ofstedJudgement === null
          ? null
          : { judgement: entity.ofstedJudgement, date: entity.ofstedJudgementDate ?? '', illustrative: entity.ofstedJudgementIllustrative },
      savingsProgramme:
        entity.savingsProgrammeName === null
          ? null
          : {
              name: entity.savingsProgrammeName,
              targetPence: Number(entity.savingsProgrammeTargetPence),
              endDate: entity.savingsProgrammeEndDate ?? '',
            },
      abolishedOn: entity.abolishedOn,
      successorCodes,
      version: entity.version,
    };
  }
}

export class CouncilPage extends PageMeta {
  @ApiProperty({ type: [CouncilResponse] })
  items!: CouncilResponse[];
}
