import { AccordError } from './accord-error.js';

/** Roles a principal (a person or a service account) can hold; each acts for one council unless cross-council. */
export const ROLES = [
  'chief_executive',
  'director',
  'hr',
  'democratic_services',
  'scrutiny',
  'commissioner',
  'integrator',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** DfE commissioners and system admins act across councils; every other role acts for its own council. */
export const CROSS_COUNCIL_ROLES: ReadonlySet<Role> = new Set(['commissioner', 'admin']);

/** Scopes an integrator's key can carry; other roles are authorised by role alone. */
export const SCOPES = [
  'partnerships:read',
  'partnerships:write',
  'workforce:read',
  'workforce:write',
  'audit:read',
  'events:read',
  'webhooks:write',
] as const;

export type Scope = (typeof SCOPES)[number];

export interface Principal {
  id: string;
  name: string;
  role: Role;
  /** GSS code of the council the principal acts for; null for cross-council roles. */
  councilCode: string | null;
  /** Scopes of the key used for this request (integrators). */
  scopes: readonly Scope[];
  /** How this request proved who it is, for the audit trail: `api_key`, or `access_token <issuer>`. */
  authenticatedBy?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when the principal may act on records of any of the given councils. */
export function actsForAnyOf(principal: Principal, councilCodes: readonly string[]): boolean {
  if (CROSS_COUNCIL_ROLES.has(principal.role)) return true;
  return principal.councilCode !== null && councilCodes.includes(principal.councilCode);
}

/**
 * Throws `notFound` unless the principal acts for one of the record's councils. A record the
 * caller may not see answers exactly as one that does not exist, so trying ids reveals nothing;
 * `forbidden_for_council` (403) is kept for what the caller may see but may not do.
 */
export function requireVisible(principal: Principal, recordCouncilCodes: readonly string[], notFound: AccordError): void {
  if (!actsForAnyOf(principal, recordCouncilCodes)) throw notFound;
}

/** Throws unless the principal acts for the council; `what` says what was refused, for the error. */
export function requireCouncil(principal: Principal, councilCode: string, what: string): void {
  if (!actsForAnyOf(principal, [councilCode])) {
    throw new AccordError('forbidden_for_council', `${what} is for ${councilCode}'s own people only`);
  }
}
