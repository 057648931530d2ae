import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAuditEvent, type AuditActor } from '#audit';
import { AccordError, HOLDING_SECONDMENT_STATUSES, requireVisible, toMilliFte, type Load, type Principal } from '#domain';
import { recordDomainEvent, secondmentEvent } from '#events';
import { SecondmentEntity, type SecondmentStatus } from '#persistence';
import { bookSecondment } from './book-secondment.js';
import type { SecondmentRequest } from './secondment-request.js';

interface LockedStaff {
  id: string;
  contracted_fte: string;
  employment_start: string;
  employment_end: string | null;
  council_code: string;
}

/**
 * Books secondments so that a person's seconded FTE never exceeds their contracted FTE on any
 * day (docs/domain.md, rule 1). Each booking locks the staff member's row (SELECT ... FOR UPDATE) for the
 * length of its transaction: bookings for one person queue on that lock, so each one reads
 * the others' committed rows before it checks the peak daily load and inserts. Bookings for
 * different people never wait for each other. READ COMMITTED is enough under the lock.
 * A booking does all of it inside the database, in one round trip (book-secondment.ts).
 */
@Injectable()
export class SecondmentBookingService {
  constructor(private readonly dataSource: DataSource) {}

  /** In one round trip: see book-secondment.ts and the `book_secondment` function it calls. */
  async propose(request: SecondmentRequest, principal: Principal, actor: AuditActor): Promise<SecondmentEntity> {
    return bookSecondment(this.dataSource, request, principal, actor);
  }

  /** Moves a secondment along proposed → approved → active → ended, or to cancelled before it is active. */
  async transition(
    id: string,
    to: 'approved' | 'active' | 'ended' | 'cancelled',
    principal: Principal,
    actor: AuditActor,
    endedOn?: string,
  ): Promise<SecondmentEntity> {
    const from: Record<typeof to, SecondmentStatus[]> = {
      approved: ['proposed'],
      active: ['approved'],
      ended: ['active'],
      cancelled: ['proposed', 'approved'],
    };
    return this.dataSource.transaction(async (manager) => {
      const secondment = await manager.getRepository(SecondmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const notFound = new AccordError('secondment_not_found', `no secondment has id ${id}`);
      if (!secondment) throw notFound;
      const staff = await lockStaff(manager, secondment.staffMemberId);
      requireVisible(principal, [staff.council_code], notFound);
      if (!from[to].includes(secondment.status)) {
        throw new AccordError('secondment_status_conflict', `a ${secondment.status} secondment cannot become ${to}`);
      }
      let endDate = secondment.endDate;
      if (to === 'ended') {
        endDate = endedOn ?? secondment.endDate;
        if (endDate < secondment.startDate || endDate > secondment.endDate) {
          throw new AccordError(
            'invalid_period',
            `a secondment running ${secondment.startDate} to ${secondment.endDate} cannot end on ${endDate}`,
          );
        }
      }
      await manager.update(SecondmentEntity, { id }, { status: to, endDate, version: secondment.version + 1 });
      await recordAuditEvent(manager, {
        actor,
        action: `secondment.${to}`,
        targetType: 'secondment',
        targetId: id,
        targetCouncilCodes: [staff.council_code],
        before: { status: secondment.status, endDate: secondment.endDate },
        after: { status: to, endDate },
      });
      const changed = await manager.getRepository(SecondmentEntity).findOneByOrFail({ id });
      await recordDomainEvent(manager, secondmentEvent(changed, staff.council_code));
      return changed;
    });
  }
}

/** Locks the person's row; every booking and contract change for them goes through this. */
export async function lockStaff(manager: EntityManager, staffMemberId: string): Promise<LockedStaff> {
  const [staff] = (await manager.query(
    `SELECT s.id, s.contracted_fte::text AS contracted_fte, s.employment_start::text AS employment_start,
            s.employment_end::text AS employment_end, t.council_code
     FROM staff_member s JOIN team t ON t.id = s.team_id WHERE s.id = $1 FOR UPDATE OF s`,
    [staffMemberId],
  )) as LockedStaff[];
  if (!staff) throw staffNotFound(staffMemberId);
  return staff;
}

function staffNotFound(staffMemberId: string): AccordError {
  return new AccordError('staff_member_not_found', `no staff member has id ${staffMemberId}`);
}

/** The person's secondments that hold time within `range` (or at all, without a range); an ended one up to the day it ended. */
export async function holdingLoads(manager: EntityManager, staffMemberId: string, range?: { start: string; end: string }): Promise<Load[]> {
  const rows = (await manager.query(
    `SELECT start_date::text AS start, end_date::text AS end, fte::text AS fte FROM secondment
     WHERE staff_member_id = $1 AND status = ANY($2)
       AND ($3::date IS NULL OR daterange(start_date, end_date, '[]') && daterange($3::date, $4::date, '[]'))`,
    [staffMemberId, HOLDING_SECONDMENT_STATUSES, range?.start ?? null, range?.end ?? null],
  )) as { start: string; end: string; fte: string }[];
  return rows.map((row) => ({ start: row.start, end: row.end, milliFte: toMilliFte(row.fte) }));
}
