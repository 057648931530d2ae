import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Operation } from '../auth/operation.decorator.js';
import { DomainEventPage } from './domain-event.response.js';
import { EventsQuery } from './events.query.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@Controller('api/v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Operation('listEvents', {
    summary: 'The domain events of your council, oldest first, from a cursor; poll with `next` and no event is ever skipped',
    description:
      'Reads the feed of domain events (stage changes, decisions recorded with their call-in deadline, signatures, secondments, ' +
      'capacity below the floor, sign-off overdue, reviews due, councils abolished) after the cursor `after`, oldest first. ' +
      'Every role may read it, integrators with the `events:read` scope; a council-bound caller sees only the events of their own ' +
      'council, commissioners and admins those of every council. An event appears only once every event before it has committed, ' +
      'so a reader who always sends the last `next` misses none and sees none twice. A cursor this feed did not issue is refused with 422.',
  })
  @ApiOkResponse({ type: DomainEventPage, description: 'The next events after the cursor (possibly none) and the cursor to read on from' })
  async list(@Query() query: EventsQuery, @Actor() actor: RequestActor): Promise<DomainEventPage> {
    return this.events.page(query, actor.principal);
  }
}
