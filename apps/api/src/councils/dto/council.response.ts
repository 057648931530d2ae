import { PageMeta } from '../../common/page.query.js';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { CouncilEntity } from '#persistence';
import { COUNCIL_TYPES, HeadquartersDto, OfstedJudgementDto, SavingsProgrammeDto } from './council-parts.dto.js';

@ApiSchema({ description: 'A local authority in England, identified by its GSS code: a lead or supported council of partnerships' })
export class CouncilResponse {
  @ApiProperty({ example: 'E10000014', description: 'The council’s GSS (ONS) code' })
  code!: string;

  @ApiProperty({ example: 'Hampshire County Council', description: 'The council’s name' })
  name!: string;

  @ApiProperty({ enum: COUNCIL_TYPES, example: 'county', description: 'The kind of local authority' })
  type!: string;

  @ApiProperty({ example: 'South East', description: 'The English region it lies in' })
  region!: string;

  @ApiPropertyOptional({ type: HeadquartersDto, nullable: true, description: 'Where its headquarters are; null when not recorded' })
  hq!: HeadquartersDto | null;

  @ApiPropertyOptional({
    type: OfstedJudgementDto,
    nullable: true,
    description: 'Ofsted’s latest judgement of its children’s services; null when not recorded',
  })
  ofsted!: OfstedJudgementDto | null;

  @ApiPropertyOptional({
    type: SavingsProgrammeDto,
    nullable: true,
    description: 'The savings programme it is delivering; null when none is recorded',
  })
  savingsProgramme!: SavingsProgrammeDto | null;

  @ApiPropertyOptional({
    example: null,
    format: 'date',
    nullable: true,
    type: String,
    description: 'The day its successors took over; null while the council exists',
  })
  abolishedOn!: string | null;

  @ApiProperty({ example: [], description: 'GSS codes of its successor councils once abolished; empty until then' })
  successorCodes!: string[];

  @ApiProperty({ type: 'integer', example: 1, description: 'The record’s version, to send back with a change (optimistic concurrency)' })
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

@ApiSchema({ description: 'One page of councils, by name, with the paging facts' })
export class CouncilPage extends PageMeta {
  @ApiProperty({ type: [CouncilResponse], description: 'The councils of this page, in name order' })
  items!: CouncilResponse[];
}
