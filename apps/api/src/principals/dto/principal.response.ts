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

  @ApiPropertyOptional({
    example: 'jane.smith@hants.gov.uk',
    nullable: true,
    type: String,
    description: 'The email the person was invited by',
  })
  email!: string | null;

  @ApiProperty({ description: 'Whether the person has signed in through the identity provider (their sign-in is bound)' })
  signInBound!: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'When the person last signed in (to the minute)' })
  lastSignedInAt!: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'Disabled principals can no longer call the API' })
  disabledAt!: string | null;

  static from(entity: PrincipalEntity): PrincipalResponse {
    return {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      role: entity.role,
      councilCode: entity.councilCode,
      createdAt: entity.createdAt.toISOString(),
      email: entity.email,
      signInBound: entity.subject !== null,
      lastSignedInAt: entity.lastSignedInAt?.toISOString() ?? null,
      disabledAt: entity.disabledAt?.toISOString() ?? null,
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
