import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Operation } from '../auth/operation.decorator.js';
import { AuditEventPage, AuditEventResponse } from './audit-event.response.js';
import { AuditEventsQuery } from './audit-events.query.js';
import { AuditEventsService } from './audit-events.service.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { SequenceNumberParam } from '../validation/path-parameters.js';

@ApiTags('audit')
@Controller('api/v1/audit-events')
export class AuditEventsController {
  constructor(private readonly auditEvents: AuditEventsService) {}

  @Get()
  @Operation('listAuditEvents', {
    summary: 'Who did what to which record and when, filtered by target, actor, council and time',
    description:
      'Lists the audit trail oldest first, a page at a time. Chief executives, directors and integrators (with the `audit:read` scope) ' +
      'see only the events touching their own council; commissioners and admins see every council’s and may filter by one. ' +
      'Naming another council in `councilCode` as a council-bound caller is refused with 403 `forbidden_for_council`.',
  })
  @ApiOkResponse({ type: AuditEventPage, description: 'A page of audit events, oldest first, with the total that match' })
  async list(@Query() query: AuditEventsQuery, @Actor() actor: RequestActor): Promise<AuditEventPage> {
    const { items, total } = await this.auditEvents.list(query, actor.principal);
    return { items: items.map(AuditEventResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getAuditEvent', {
    summary: 'One audit event: who did what to which record, when, and what it was before and after',
    description:
      'Reads one event of the audit trail by its number. Chief executives, directors and integrators (with the `audit:read` scope) ' +
      'read only events touching their own council: another council’s event answers 404 as if it did not exist. ' +
      'Commissioners and admins read any.',
  })
  @ApiOkResponse({ type: AuditEventResponse, description: 'The audit event' })
  @ApiNotFoundResponse(problemResponse('No audit event has this number, or it touches no council of yours'))
  async get(@SequenceNumberParam('id') id: string, @Actor() actor: RequestActor): Promise<AuditEventResponse> {
    return AuditEventResponse.from(await this.auditEvents.get(id, actor.principal));
  }
}
