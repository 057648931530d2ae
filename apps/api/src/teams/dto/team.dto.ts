import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsString, Length, Matches, Max, Min } from 'class-validator';
import type { TeamEntity } from '#persistence';
import { FTE_DECIMAL_PLACES, fteFromColumn } from '../../common/fte.js';
import { PageMeta } from '../../common/page.query.js';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';
import { PageQuery } from '../../common/page.query.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';
import { IsRecordVersion } from '../../validation/bounded-integer.validator.js';
import { IsFiniteDecimal } from '../../validation/decimal-places.validator.js';

@ApiSchema({ description: 'A new team in a council service' })
export class CreateTeamDto {
  @ApiProperty({ example: 'E10000014', description: 'The council the team belongs to (ONS code)' })
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode!: string;

  @ApiProperty({ example: 'Children in Care, Winchester', description: 'The team’s name' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({
    example: 'children_services',
    default: 'children_services',
    description: 'The council service the team is part of',
  })
  @IsOptionalNotNull()
  @Matches(/^[a-z_]{1,50}$/, { message: 'service must be a lower-case name such as children_services' })
  service?: string;

  @ApiProperty({ example: 24.5, description: 'Budgeted posts, in FTE (up to 3 decimals)' })
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0.001)
  @Max(9999.999)
  establishmentFte!: number;

  @ApiProperty({ example: 0.85, description: 'Share of establishment that must stay on home duties' })
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0)
  @Max(1)
  retentionFloor!: number;
}

@ApiSchema({ description: 'Changes to a team’s name, establishment or retention floor, at the version read' })
export class UpdateTeamDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ example: 'Children in Care, Winchester', description: 'A new name for the team' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 26, description: 'The team’s establishment: its budgeted FTE' })
  @IsOptionalNotNull()
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0.001)
  @Max(9999.999)
  establishmentFte?: number;

  @ApiPropertyOptional({ example: 0.8, description: 'The share of the establishment that must stay on home duties (0 to 1)' })
  @IsOptionalNotNull()
  @IsFiniteDecimal(FTE_DECIMAL_PLACES)
  @Min(0)
  @Max(1)
  retentionFloor?: number;
}

@ApiSchema({ description: 'Filters and paging for teams' })
export class ListTeamsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'E10000014', description: 'Defaults to your own council' })
  @IsOptionalNotNull()
  @Matches(GSS_CODE, { message: `councilCode ${GSS_CODE_MESSAGE}` })
  councilCode?: string;

  @ApiPropertyOptional({ example: 'children_services', description: 'Only teams in this council service' })
  @IsOptionalNotNull()
  @Matches(/^[a-z_]{1,50}$/)
  service?: string;
}

@ApiSchema({ description: 'A team of a council service, with its establishment and retention floor' })
export class TeamResponse {
  @ApiProperty({ format: 'uuid', description: 'The team’s id' })
  id!: string;

  @ApiProperty({ example: 'E10000014', description: 'The council the team belongs to (ONS code)' })
  councilCode!: string;

  @ApiProperty({ example: 'Children in Care, Winchester', description: 'The team’s name' })
  name!: string;

  @ApiProperty({ example: 'children_services', description: 'The council service the team is part of' })
  service!: string;

  @ApiProperty({ example: 24.5, description: 'The team’s establishment: its budgeted FTE' })
  establishmentFte!: number;

  @ApiProperty({
    example: 0.85,
    description:
      'The share of the establishment that must stay on home duties (0 to 1); the floor is this times the establishment, in FTE, rounded up to a thousandth',
  })
  retentionFloor!: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; for optimistic concurrency' })
  version!: number;

  static from(entity: TeamEntity): TeamResponse {
    return {
      id: entity.id,
      councilCode: entity.councilCode,
      name: entity.name,
      service: entity.service,
      establishmentFte: fteFromColumn(entity.establishmentFte),
      retentionFloor: fteFromColumn(entity.retentionFloor),
      version: entity.version,
    };
  }
}

@ApiSchema({ description: 'One page of teams' })
export class TeamPage extends PageMeta {
  @ApiProperty({ type: [TeamResponse], description: 'The teams on this page' })
  items!: TeamResponse[];
}
