import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuditActor } from '#audit';
import {
  AccordError,
  contractClash,
  CROSS_COUNCIL_ROLES,
  fromMilliFte,
  HOLDING_SECONDMENT_STATUSES,
  toMilliFte,
  type Principal,
} from '#domain';
import { secondmentEventData } from '#events';
import type { SecondmentEntity } from '#persistence';
import type { SecondmentRequest } from './secondment-request.js';

/**
 * Books a secondment in one round trip: one autocommitted call of `book_secondment`
 * (migrations/1764001050000-book-secondment-function.ts), which locks the person, checks the
 * partnership, their employment and their peak daily load, and writes the secondment, its
 * audit event and its domain event. Its refusals come back as SQLSTATEs of class `UA` and are
 * worded here exactly as the step-by-step booking worded them.
 */
export async function bookSecondment(
  dataSource: DataSource,
  request: SecondmentRequest,
  principal: Principal,
  actor: AuditActor,
): Promise<SecondmentEntity> {
  toMilliFte(request.fte); // refuses more than three decimals before anything is written, as before
  const id = randomUUID();
  const fte = String(request.fte);
  const facts = { id, partnershipId: request.partnershipId, staffMemberId: request.staffMemberId, fte, status: 'proposed' };
  try {
    const [row] = (await dataSource.query(
      `SELECT id, staff_member_id AS "staffMemberId", partnership_id AS "partnershipId", fte::text AS fte,
              start_date::text AS "startDate", end_date::text AS "endDate", planned_end::text AS "plannedEnd", status,
              recharge_kind AS "rechargeKind", recharge_day_rate_pence::text AS "rechargeDayRatePence", version,
              created_at AS "createdAt", updated_at AS "updatedAt"
       FROM book_secondment($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        id,
        request.staffMemberId,
        request.partnershipId,
        fte,
        request.start,
        request.end,
        request.rechargeKind ?? null,
        request.rechargeDayRatePence ?? null,
        HOLDING_SECONDMENT_STATUSES,
        CROSS_COUNCIL_ROLES.has(principal.role),
        principal.councilCode,
        JSON.stringify({
          principalId: actor.principalId,
          name: actor.name,
          role: actor.role,
          councilCode: actor.councilCode,
          requestId: actor.requestId ?? null,
          authenticatedBy: actor.authenticatedBy ?? null,
        }),
        JSON.stringify(request),
        JSON.stringify(secondmentEventData({ ...facts, startDate: request.start, endDate: request.end })),
      ],
    )) as SecondmentEntity[];
    return row;
  } catch (error) {
    throw refusalOf(error, request) ?? error;
  }
}

/** The AccordError for a refusal `book_secondment` raised, or undefined for any other error. */
function refusalOf(error: unknown, request: SecondmentRequest): AccordError | undefined {
  const raised = ((error as { driverError?: unknown }).driverError ?? error) as { code?: string; detail?: string };
  if (typeof raised.code !== 'string' || !raised.code.startsWith('UA')) return undefined;
  const facts = JSON.parse(raised.detail ?? '{}') as Record<string, string | number | null>;
  switch (raised.code) {
    case 'UA001':
      return new AccordError('staff_member_not_found', `no staff member has id ${request.staffMemberId}`);
    case 'UA002':
      return new AccordError('unknown_reference', `no partnership has id ${request.partnershipId}`);
    case 'UA003':
      return new AccordError('forbidden_for_council', 'only the lead council’s own staff are seconded under a partnership');
    case 'UA004':
      return new AccordError('partnership_closed', `the partnership is ${facts.stage}`);
    case 'UA005':
      return new AccordError('secondment_outside_employment', `employed ${facts.employmentStart} to ${facts.employmentEnd ?? 'now'}`);
    case 'UA006':
      return contractClash({
        on: String(facts.on),
        secondedFte: fromMilliFte(Number(facts.peakMilliFte)),
        contractedFte: Number(facts.contractedFte),
      });
    default:
      return undefined;
  }
}
