import type { Principal } from '#domain';

/** Who caused a change: a principal acting through the API, or the system itself (timers, workflows). */
export interface AuditActor {
  principalId: string | null;
  name: string;
  role: string | null;
  councilCode: string | null;
  requestId?: string;
  /** `api_key`, or `access_token <issuer>`; absent for the system itself. */
  authenticatedBy?: string;
}

export function actorFromPrincipal(principal: Principal, requestId?: string): AuditActor {
  return {
    principalId: principal.id,
    name: principal.name,
    role: principal.role,
    councilCode: principal.councilCode,
    requestId,
    authenticatedBy: principal.authenticatedBy,
  };
}

export const SYSTEM_ACTOR: AuditActor = { principalId: null, name: 'Accord', role: null, councilCode: null };
