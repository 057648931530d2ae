import type { Role, Scope } from '#domain';

/**
 * Who may call an operation: the roles allowed, and for integrators the scopes their key
 * must carry (any one of them). Council scoping (own council only) is checked by the
 * service against the record, because only the record knows its councils.
 */
export interface AccessRule {
  roles: readonly Role[];
  integratorScopes?: readonly Scope[];
}

export const ACCESS_RULE = 'accord:access-rule';
export const PUBLIC_ROUTE = 'accord:public-route';
