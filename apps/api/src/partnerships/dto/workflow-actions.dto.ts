import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { CreateDecisionRecordDto } from '../../decision-records/dto/create-decision-record.dto.js';

export class OverrideCapacityDto {
  @ApiProperty({ example: 'Torbay support ends in June; the Winchester team is back above its floor from then', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  reason!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class RequestExitDto extends OverrideCapacityDto {}

/** The Cabinet decision on this partnership: the decision record's fields; the council and partnership are implied. */
export class CabinetDecisionDto extends OmitType(CreateDecisionRecordDto, ['councilCode', 'partnershipId', 'status'] as const) {
  @ApiProperty({ enum: ['recommendations_approved', 'approved', 'rejected', 'deferred'], example: 'recommendations_approved' })
  @IsIn(['recommendations_approved', 'approved', 'rejected', 'deferred'])
  status!: 'recommendations_approved' | 'approved' | 'rejected' | 'deferred';
}

export class ScrutinyOutcomeDto {
  @ApiProperty({ enum: ['released', 'referred_back'], description: 'Released: the decision stands; referred back: Cabinet decides again' })
  @IsIn(['released', 'referred_back'])
  outcome!: 'released' | 'referred_back';

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
