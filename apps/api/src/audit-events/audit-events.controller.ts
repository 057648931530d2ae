import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Authorize } from '../auth/authorize.decorator.js';
import { AuditEventPage, AuditEventResponse } from './audit-event.response.js';
import { AuditEventsQuery } from './audit-events.query.js';
import { AuditEventsService } from './audit-events.service.js';

@ApiTags('audit')
@Controller('api/v1/audit-events')
export class AuditEventsController {
  constructor(private readonly auditEvents: AuditEventsService) {}

  @Get()
  @Authorize({ roles: ['chief_executive', 'director', 'commissioner', 'admin', 'integrator'], integratorScopes: ['audit:read'] })
  @ApiOperation({
    operationId: 'listAuditEvents',
    summary: 'Who did what to which record and when, filtered by target, actor, council and time',
  })
  @ApiOkResponse({ type: AuditEventPage })
  async list(@Query() query: AuditEventsQuery, @Actor() actor: RequestActor): Promise<AuditEventPage> {
    const { items, total } = await this.auditEvents.list(query, actor.principal);
    return { items: items.map(AuditEventResponse.from), total, limit: query.limit, offset: query.offset };
  }
}
