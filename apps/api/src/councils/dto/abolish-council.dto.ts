import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsISO8601, Matches } from 'class-validator';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';

export class AbolishCouncilDto {
  @ApiProperty({ example: '2020-04-01', format: 'date', description: 'First day the successor(s) exist' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date (YYYY-MM-DD)' })
  effectiveFrom!: string;

  @ApiProperty({ example: ['E06000060'], description: 'GSS codes of the successor council(s), which must already exist' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @Matches(GSS_CODE, { each: true, message: `each successor ${GSS_CODE_MESSAGE}` })
  successorCodes!: string[];

  @ApiProperty({ example: 'E06000060', description: 'The successor that takes over the open partnerships, teams and staff' })
  @Matches(GSS_CODE, { message: `transferTo ${GSS_CODE_MESSAGE}` })
  transferTo!: string;
}

export class AbolitionResponse {
  @ApiProperty({ example: 'E10000002' })
  code!: string;

  @ApiProperty({ example: '2020-04-01', format: 'date' })
  abolishedOn!: string;

  @ApiProperty({ example: ['E06000060'] })
  successorCodes!: string[];

  @ApiProperty({ type: 'integer', example: 1, description: 'Open partnerships handed to the successor' })
  partnershipsTransferred!: number;

  @ApiProperty({ type: 'integer', example: 4, description: 'Teams (with their staff) handed to the successor' })
  teamsTransferred!: number;
}
