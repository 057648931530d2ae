import type { DomainEventType } from '#domain';
import type { NewDomainEvent } from './domain-event.js';

/** A secondment as its events carry it; the staff member by id only, never by name. */
export interface SecondmentFacts {
  id: string;
  partnershipId: string;
  staffMemberId: string;
  fte: string;
  startDate: string;
  endDate: string;
  status: string;
}

const TYPE_OF_STATUS: Readonly<Record<string, DomainEventType>> = {
  proposed: 'secondment.booked',
  approved: 'secondment.approved',
  active: 'secondment.started',
  ended: 'secondment.ended',
  cancelled: 'secondment.cancelled',
};

/** The event for a secondment that has just reached its status, for the lending (lead) council. */
export function secondmentEvent(secondment: SecondmentFacts, lendingCouncilCode: string): NewDomainEvent {
  const type = TYPE_OF_STATUS[secondment.status];
  if (!type) throw new Error(`no event is published for a ${secondment.status} secondment`);
  return {
    type,
    councilCodes: [lendingCouncilCode],
    subject: { type: 'secondment', id: secondment.id },
    data: secondmentEventData(secondment),
  };
}

/** What a secondment's event carries, for code that writes the event row itself (book_secondment). */
export function secondmentEventData(secondment: SecondmentFacts): Record<string, unknown> {
  return {
    secondmentId: secondment.id,
    partnershipId: secondment.partnershipId,
    staffMemberId: secondment.staffMemberId,
    fte: Number(secondment.fte),
    startDate: secondment.startDate,
    endDate: secondment.endDate,
    status: secondment.status,
  };
}

/** The columns of `secondment` that make its facts, for RETURNING clauses. */
export const SECONDMENT_FACT_COLUMNS = `id, partnership_id AS "partnershipId", staff_member_id AS "staffMemberId", fte::text AS fte,
  start_date::text AS "startDate", end_date::text AS "endDate", status`;
