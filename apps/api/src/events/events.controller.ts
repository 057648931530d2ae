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
  })
  @ApiOkResponse({ type: DomainEventPage })
  async list(@Query() query: EventsQuery, @Actor() actor: RequestActor): Promise<DomainEventPage> {
    return this.events.page(query, actor.principal);
  }
}
