import type { EntityManager } from 'typeorm';
import { recordAuditEvent, type NewAuditEvent } from '#audit';

export interface PartnershipCouncils {
  lead: string;
  supported: string;
}

/** The two councils of a partnership: whose people see its audit events. */
export async function partnershipCouncils(manager: EntityManager, partnershipId: string): Promise<PartnershipCouncils> {
  const [row] = (await manager.query(`SELECT lead_council_code, supported_council_code FROM partnership WHERE id = $1`, [
    partnershipId,
  ])) as {
    lead_council_code: string;
    supported_council_code: string;
  }[];
  if (!row) throw new Error(`partnership ${partnershipId} is not in the database`);
  return { lead: row.lead_council_code, supported: row.supported_council_code };
}

/** An audit event about a partnership, for both its councils' people to see. */
export async function recordPartnershipEvent(
  manager: EntityManager,
  partnershipId: string,
  event: Omit<NewAuditEvent, 'targetType' | 'targetId' | 'targetCouncilCodes'>,
): Promise<void> {
  const councils = await partnershipCouncils(manager, partnershipId);
  await recordAuditEvent(manager, {
    ...event,
    targetType: 'partnership',
    targetId: partnershipId,
    targetCouncilCodes: [councils.lead, councils.supported],
  });
}
