import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AccordError, CROSS_COUNCIL_ROLES, type Principal } from '#domain';
import { AuditEventEntity } from '#persistence';
import type { AuditEventsQuery } from './audit-events.query.js';

@Injectable()
export class AuditEventsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Oldest first; a council-bound principal sees only events touching their own council. */
  async list(query: AuditEventsQuery, principal: Principal): Promise<{ items: AuditEventEntity[]; total: number }> {
    const builder = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event');
    const councilCode = this.visibleCouncil(query, principal);
    if (councilCode) builder.andWhere(':councilCode = ANY(event.target_council_codes)', { councilCode });
    this.applyFilters(builder, query);
    const [items, total] = await builder.orderBy('event.id', 'ASC').take(query.limit).skip(query.offset).getManyAndCount();
    return { items, total };
  }

  /** One event, to a caller who could list it; to a council-bound caller, another council's event does not exist. */
  async get(id: string, principal: Principal): Promise<AuditEventEntity> {
    const builder = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event').where('event.id = :id', { id });
    const councilCode = CROSS_COUNCIL_ROLES.has(principal.role) ? undefined : principal.councilCode;
    if (councilCode) builder.andWhere(':councilCode = ANY(event.target_council_codes)', { councilCode });
    const event = await builder.getOne();
    if (!event) throw new AccordError('audit_event_not_found', `no audit event ${id} that you may read`);
    return event;
  }

  private visibleCouncil(query: AuditEventsQuery, principal: Principal): string | undefined {
    if (CROSS_COUNCIL_ROLES.has(principal.role)) return query.councilCode;
    if (query.councilCode && query.councilCode !== principal.councilCode) {
      throw new AccordError('forbidden_for_council', 'you may read only the audit trail of your own council');
    }
    return principal.councilCode ?? undefined;
  }

  private applyFilters(builder: SelectQueryBuilder<AuditEventEntity>, query: AuditEventsQuery): void {
    if (query.targetType) builder.andWhere('event.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) builder.andWhere('event.target_id = :targetId', { targetId: query.targetId });
    if (query.actorPrincipalId) builder.andWhere('event.actor_principal_id = :actor', { actor: query.actorPrincipalId });
    // As instants: ISO 8601 allows offsets (up to ±23:59) that PostgreSQL's timestamptz input refuses.
    if (query.from) builder.andWhere('event.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('event.occurred_at < :to', { to: new Date(query.to) });
  }
}
