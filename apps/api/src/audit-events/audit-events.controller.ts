import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Operation } from '../auth/operation.decorator.js';
import { AuditEventPage, AuditEventResponse } from './audit-event.response.js';
import { AuditEventsQuery } from './audit-events.query.js';
import { AuditEventsService } from './audit-events.service.js';

@ApiTags('audit')
@Controller('api/v1/audit-events')
export class AuditEventsController {
  constructor(private readonly auditEvents: AuditEventsService) {}

  @Get()
  @Operation('listAuditEvents', {
    summary: 'Who did what to which record and when, filtered by target, actor, council and time',
  })
  @ApiOkResponse({ type: AuditEventPage })
  async list(@Query() query: AuditEventsQuery, @Actor() actor: RequestActor): Promise<AuditEventPage> {
    const { items, total } = await this.auditEvents.list(query, actor.principal);
    return { items: items.map(AuditEventResponse.from), total, limit: query.limit, offset: query.offset };
  }
}
