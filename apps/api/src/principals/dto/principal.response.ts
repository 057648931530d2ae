import { PageMeta } from '../../common/page.query.js';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ROLES, SCOPES, type Role, type Scope } from '#domain';
import type { PrincipalEntity } from '#persistence';

@ApiSchema({ description: 'A principal: a person or a service account that acts in Accord with one role' })
export class PrincipalResponse {
  @ApiProperty({ format: 'uuid', description: 'The principal’s id' })
  id!: string;

  @ApiProperty({
    example: 'Hampshire HR integration',
    description: 'The person’s or the service account’s name, as shown in the audit trail',
  })
  name!: string;

  @ApiProperty({ enum: ['person', 'service_account'], description: 'A person, or a service account for an integration' })
  kind!: 'person' | 'service_account';

  @ApiProperty({ enum: ROLES, example: 'integrator', description: 'The role the access policy grants' })
  role!: Role;

  @ApiPropertyOptional({
    example: 'E10000014',
    nullable: true,
    type: String,
    description: 'The council the principal acts for (ONS code); null for roles across councils (commissioner, administrator)',
  })
  councilCode!: string | null;

  @ApiProperty({ format: 'date-time', description: 'When the principal was created' })
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

@ApiSchema({ description: 'One page of principals' })
export class PrincipalPage extends PageMeta {
  @ApiProperty({ type: [PrincipalResponse], description: 'The principals on this page' })
  items!: PrincipalResponse[];
}

@ApiSchema({ description: 'Who you are to Accord: the principal behind your credentials, its role, council and key scopes' })
export class CurrentPrincipalResponse {
  @ApiProperty({ format: 'uuid', description: 'Your principal’s id' })
  id!: string;

  @ApiProperty({ example: 'Chief Executive, Hampshire County Council', description: 'Your name, as shown in the audit trail' })
  name!: string;

  @ApiProperty({ enum: ROLES, example: 'chief_executive', description: 'Your role in the access policy' })
  role!: Role;

  @ApiPropertyOptional({
    example: 'E10000014',
    nullable: true,
    type: String,
    description: 'The council you act for (ONS code); null for roles across councils',
  })
  councilCode!: string | null;

  @ApiProperty({ enum: SCOPES, isArray: true, example: [], description: 'The scopes of the API key used; empty when it has none' })
  scopes!: Scope[];
}
