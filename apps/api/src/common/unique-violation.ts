/** The constraint a PostgreSQL unique or foreign-key violation names, if the error is one. */
export function violatedConstraint(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError && ['23505', '23503'].includes(driverError.code ?? '') ? driverError.constraint : undefined;
}
