import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsISO8601 } from 'class-validator';
import { SCOPES, type Scope } from '#domain';
import { IsFutureInstant } from '../../validation/is-future-instant.validator.js';
import { IsOptionalNotNull } from '../../validation/optional-fields.validator.js';

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

export class IssuedApiKeyResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  principalId!: string;

  @ApiProperty({
    example: 'acc_k3v7q2m4x9ab_7Yp0rS1...',
    description: 'The key itself. Shown only in this response: store it now; Accord keeps only a keyed hash.',
  })
  key!: string;

  @ApiProperty({ example: 'k3v7q2m4x9ab', description: 'Public part of the key, for recognising it later' })
  prefix!: string;

  @ApiProperty({ enum: SCOPES, isArray: true })
  scopes!: Scope[];

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  expiresAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class RevokedApiKeyResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'k3v7q2m4x9ab' })
  prefix!: string;

  @ApiProperty({ format: 'date-time' })
  revokedAt!: string;
}
