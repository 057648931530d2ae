/** Who an access token says the caller is, once its signature and claims have been checked. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  /** Present only when the provider vouches for the address (see verifiedEmailOf). */
  verifiedEmail?: string;
  name?: string;
}

/**
 * The email a token proves, in lower case: `email_verified: true` (OpenID Connect), or Entra ID's
 * `xms_edov` (the domain owner verified it). An email claim alone proves nothing: in a multi-tenant
 * directory anyone may set it to someone else's address.
 */
export function verifiedEmailOf(claims: Record<string, unknown>): string | undefined {
  const email = claims.email;
  if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email) || email.length > 320) return undefined;
  const verified = claims.email_verified === true || claims.xms_edov === true || claims.xms_edov === '1';
  return verified ? email.toLowerCase() : undefined;
}
