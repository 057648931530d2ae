import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsISO8601 } from 'class-validator';
import { SCOPES, type Scope } from '#domain';
import type { ApiKeyEntity } from '#persistence';
import { IsFutureInstant } from '../../validation/is-future-instant.validator.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

@ApiSchema({ description: 'The key to issue for a principal: its scopes and expiry' })
export class IssueApiKeyDto {
  @ApiPropertyOptional({ enum: SCOPES, isArray: true, example: ['partnerships:read'], description: 'Integrators only' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(SCOPES, { each: true })
  scopes?: Scope[];

  @ApiPropertyOptional({ example: '2027-11-24T00:00:00Z', format: 'date-time', description: 'When the key stops working' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @IsFutureInstant()
  expiresAt?: string;
}

@ApiSchema({ description: 'A newly issued API key, the only answer that shows the key itself' })
export class IssuedApiKeyResponse {
  @ApiProperty({ format: 'uuid', description: 'The key’s id, for revoking it' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The principal the key acts for' })
  principalId!: string;

  @ApiProperty({
    example: 'acc_k3v7q2m4x9ab_7Yp0rS1...',
    description: 'The key itself. Shown only in this response: store it now; Accord keeps only a keyed hash.',
  })
  key!: string;

  @ApiProperty({ example: 'k3v7q2m4x9ab', description: 'Public part of the key, for recognising it later' })
  prefix!: string;

  @ApiProperty({ enum: SCOPES, isArray: true, description: 'The scopes the key holds' })
  scopes!: Scope[];

  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the key stops working; null when it does not expire',
  })
  expiresAt!: string | null;

  @ApiProperty({ format: 'date-time', description: 'When the key was issued' })
  createdAt!: string;
}

@ApiSchema({ description: 'An API key as an admin sees it later: never the key itself, only its public prefix' })
export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid', description: 'The key’s id, to revoke it by' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The principal the key acts as' })
  principalId!: string;

  @ApiProperty({ example: 'k3v7q2m4x9ab', description: 'Public part of the key (after `acc_`), for recognising it' })
  prefix!: string;

  @ApiProperty({ enum: SCOPES, isArray: true, description: 'What an integrator’s key may do; empty for other roles' })
  scopes!: Scope[];

  @ApiProperty({ format: 'date-time', description: 'When the key was issued' })
  createdAt!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'When the key stops working; null if never' })
  expiresAt!: string | null;

  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the key was revoked; null while it is live',
  })
  revokedAt!: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'When the key was last presented; null if never' })
  lastUsedAt!: string | null;

  static from(entity: ApiKeyEntity): ApiKeyResponse {
    const instant = (value: Date | null) => value?.toISOString() ?? null;
    return {
      id: entity.id,
      principalId: entity.principalId,
      prefix: entity.prefix,
      scopes: [...entity.scopes],
      createdAt: entity.createdAt.toISOString(),
      expiresAt: instant(entity.expiresAt),
      revokedAt: instant(entity.revokedAt),
      lastUsedAt: instant(entity.lastUsedAt),
    };
  }
}

@ApiSchema({ description: 'An API key that no longer works' })
export class RevokedApiKeyResponse {
  @ApiProperty({ format: 'uuid', description: 'The revoked key’s id' })
  id!: string;

  @ApiProperty({ example: 'k3v7q2m4x9ab', description: 'The key’s public prefix, to recognise it' })
  prefix!: string;

  @ApiProperty({ format: 'date-time', description: 'When the key stopped working' })
  revokedAt!: string;
}
