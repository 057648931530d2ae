import { AccordError, actsForAnyOf, type Principal } from '#domain';
import type { AccessRule } from './access-policy.js';

interface PartnershipCouncils {
  leadCouncilCode: string;
  supportedCouncilCode: string;
}

/**
 * Refuses (403 `forbidden_for_council`, `refusal` its detail) unless the principal's council stands
 * to the partnership as the rule's council relation says. The partnership was read through its
 * visibility check (404 for neither council), so this only decides between its two councils.
 */
export function requirePartnershipRelation(
  rule: Pick<AccessRule, 'council'>,
  principal: Principal,
  partnership: PartnershipCouncils,
  refusal: string,
): void {
  if (!actsForAnyOf(principal, councilsActingAs(rule, partnership))) throw new AccordError('forbidden_for_council', refusal);
}

function councilsActingAs(rule: Pick<AccessRule, 'council'>, partnership: PartnershipCouncils): string[] {
  switch (rule.council) {
    case 'lead_council':
      return [partnership.leadCouncilCode];
    case 'partnership_party':
      return [partnership.leadCouncilCode, partnership.supportedCouncilCode];
    default:
      throw new Error(`the council relation ${rule.council} is not one to a partnership`);
  }
}

/**
 * The narrower rule of one case of an operation (e.g. notice, of an exit request), once the
 * request says which; refuses a role the case does not allow, as the operation's own council rule.
 */
export function caseRule<Rule extends AccessRule>(
  rule: Rule,
  name: string,
  principal: Principal,
  refusal: string,
): Omit<AccessRule, 'cases'> {
  const narrower = rule.cases?.[name];
  if (!narrower) return rule;
  if (!narrower.roles.includes(principal.role)) throw new AccordError('forbidden_for_council', refusal);
  return narrower;
}
