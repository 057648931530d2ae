import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CROSS_COUNCIL_ROLES, type Principal } from '#domain';
import { decodeEventCursor, encodeEventCursor, readEventFeed } from '#events';
import { DomainEventPage, DomainEventResponse } from './domain-event.response.js';
import type { EventsQuery } from './events.query.js';

@Injectable()
export class EventsService {
  constructor(private readonly dataSource: DataSource) {}

  /** A council-bound principal reads its own council's events; commissioners and admins read every council's. */
  async page(query: EventsQuery, principal: Principal): Promise<DomainEventPage> {
    const page = await readEventFeed(this.dataSource, {
      after: query.after === undefined ? undefined : decodeEventCursor(query.after),
      limit: query.limit,
      // A council-bound principal without a council (none should exist) matches no event rather than every one.
      councilCode: CROSS_COUNCIL_ROLES.has(principal.role) ? undefined : (principal.councilCode ?? ''),
    });
    return { items: page.events.map(DomainEventResponse.from), next: encodeEventCursor(page.next) };
  }
}
