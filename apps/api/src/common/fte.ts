/** FTE travels as a number with at most three decimals (0.001 FTE); the database keeps it exact. */
export const FTE_DECIMAL_PLACES = 3;

export function fteFromColumn(value: string): number {
  return Number(value);
}
