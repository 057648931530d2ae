import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsISO8601, Matches } from 'class-validator';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../../common/gss-code.js';

@ApiSchema({
  description: 'The abolition of a council in a local government reorganisation: when, its successors, and which takes over its work',
})
export class AbolishCouncilDto {
  @ApiProperty({ example: '2020-04-01', format: 'date', description: 'First day the successor(s) exist' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date (YYYY-MM-DD)' })
  effectiveFrom!: string;

  @ApiProperty({
    example: ['E06000060'],
    description: 'GSS codes of the successor council(s), 1 to 5, which must already exist and not be abolished',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @Matches(GSS_CODE, { each: true, message: `each successor ${GSS_CODE_MESSAGE}` })
  successorCodes!: string[];

  @ApiProperty({
    example: 'E06000060',
    description: 'The successor, one of successorCodes, that takes over the open partnerships, teams and staff',
  })
  @Matches(GSS_CODE, { message: `transferTo ${GSS_CODE_MESSAGE}` })
  transferTo!: string;
}

@ApiSchema({ description: 'What abolishing a council did: its successors, and how many partnerships and teams passed to one of them' })
export class AbolitionResponse {
  @ApiProperty({ example: 'E10000002', description: 'GSS code of the council abolished' })
  code!: string;

  @ApiProperty({ example: '2020-04-01', format: 'date', description: 'The day the successors took over' })
  abolishedOn!: string;

  @ApiProperty({ example: ['E06000060'], description: 'GSS codes of the successor councils' })
  successorCodes!: string[];

  @ApiProperty({ type: 'integer', example: 1, description: 'Open partnerships handed to the successor' })
  partnershipsTransferred!: number;

  @ApiProperty({ type: 'integer', example: 4, description: 'Teams (with their staff) handed to the successor' })
  teamsTransferred!: number;
}
