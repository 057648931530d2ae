import { ApiProperty } from '@nestjs/swagger';

/** FTE travels as a number with at most three decimals (0.001 FTE); the database keeps it exact. */
export const FTE_DECIMALS = { maxDecimalPlaces: 3 };

export function fteFromColumn(value: string): number {
  return Number(value);
}

export class PageMeta {
  @ApiProperty({ example: 42 })
  total!: number;

  @ApiProperty({ example: 20 })
  limit!: number;

  @ApiProperty({ example: 0 })
  offset!: number;
}
