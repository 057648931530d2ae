import { PageMeta } from '../../common/page.query.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, SCOPES, type Role, type Scope } from '#domain';
import type { PrincipalEntity } from '#persistence';

export class PrincipalResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Hampshire HR integration' })
  name!: string;

  @ApiProperty({ enum: ['person', 'service_account'] })
  kind!: 'person' | 'service_account';

  @ApiProperty({ enum: ROLES, example: 'integrator' })
  role!: Role;

  @ApiPropertyOptional({ example: 'E10000014', nullable: true, type: String })
  councilCode!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(entity: PrincipalEntity): PrincipalResponse {
    return {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      role: entity.role,
      councilCode: entity.councilCode,
      createdAt: entity.createdAt.toISOString(),
    };
  }
}

export class PrincipalPage extends PageMeta {
  @ApiProperty({ type: [PrincipalResponse] })
  items!: PrincipalResponse[];
}

export class CurrentPrincipalResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Chief Executive, Hampshire County Council' })
  name!: string;

  @ApiProperty({ enum: ROLES, example: 'chief_executive' })
  role!: Role;

  @ApiPropertyOptional({ example: 'E10000014', nullable: true, type: String })
  councilCode!: string | null;

  @ApiProperty({ enum: SCOPES, isArray: true, example: [] })
  scopes!: Scope[];
}
