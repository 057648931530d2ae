import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { ROLES, type Role } from '#domain';
import { IsCouncilCodeForRole } from '../../validation/council-code-for-role.validator.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';
import { IsOnlyForPeople } from '../../validation/person-email.validator.js';

@ApiSchema({ description: 'A new person or service account, with the role the access policy grants it' })
export class CreatePrincipalDto {
  @ApiProperty({
    example: 'Hampshire HR integration',
    minLength: 1,
    maxLength: 200,
    description: 'The person’s or the service account’s name, as shown in the audit trail',
  })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    enum: ['person', 'service_account'],
    example: 'service_account',
    description: 'A person, or a service account for an integration',
  })
  @IsIn(['person', 'service_account'])
  kind!: 'person' | 'service_account';

  @ApiProperty({
    enum: ROLES,
    example: 'integrator',
    description: 'The role the access policy grants; a council role acts only for its own council',
  })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: 'E10000014', description: 'Council the principal acts for; omitted for commissioner and admin' })
  @IsCouncilCodeForRole('role')
  councilCode?: string;

  @ApiPropertyOptional({
    example: 'jane.smith@hants.gov.uk',
    maxLength: 320,
    description:
      'Invites a person to sign in through the identity provider: their first sign-in with this verified email binds them to this principal',
  })
  @IsOnlyForPeople('kind')
  @IsOptionalNotNull()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email?: string;
}
