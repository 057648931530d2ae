/** A bearer token the API does not accept (401): why, in words fit for the caller. */
export class RefusedToken extends Error {
  override readonly name = 'RefusedToken';
}

/** The identity provider's keys could not be fetched, so no token can be checked now (503, not the caller's fault). */
export class IdentityProviderUnreachable extends Error {
  override readonly name = 'IdentityProviderUnreachable';
}
