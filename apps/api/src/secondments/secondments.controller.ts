import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SecondmentBookingService } from '#capacity';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { SecondmentsService } from './secondments.service.js';
import { EndSecondmentDto, ListSecondmentsQuery, ProposeSecondmentDto, SecondmentPage, SecondmentResponse } from './secondment.dto.js';
import { RecordIdParam } from '../validation/path-parameters.js';

const notFound = problemResponse('No secondment has this id');
const statusConflict = problemResponse('The secondment is not in a status that allows this');

@ApiTags('workforce')
@Controller('api/v1/secondments')
export class SecondmentsController {
  constructor(
    private readonly booking: SecondmentBookingService,
    private readonly secondments: SecondmentsService,
  ) {}

  @Post()
  @Operation('proposeSecondment', {
    summary: 'Propose lending a staff member to a partnership; refused if it would exceed their contract on any day',
    description:
      'Proposes lending one of your council’s staff to a partnership your council leads, for a share of their time in FTE. HR, admins and integrators (workforce:write). Refused (409) when it would take the person beyond their contracted FTE on any day.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: SecondmentResponse, description: 'The secondment proposed' })
  @ApiConflictResponse(
    problemResponse('The person’s seconded FTE would exceed their contracted FTE on some day (the first such day is named)'),
  )
  async propose(@Body() dto: ProposeSecondmentDto, @Actor() actor: RequestActor): Promise<SecondmentResponse> {
    return SecondmentResponse.from(await this.booking.propose(dto, actor.principal, actor.audit));
  }

  @Get()
  @Operation('listSecondments', {
    summary: 'Secondments of your council’s staff, by person, partnership or status',
    description:
      'Lists secondments of your council’s staff, filtered by person, partnership or status. HR, chief executives, directors, commissioners, admins and integrators (workforce:read); other councils’ secondments are not listed.',
  })
  @ApiOkResponse({ type: SecondmentPage, description: 'One page of secondments' })
  async list(@Query() query: ListSecondmentsQuery, @Actor() actor: RequestActor): Promise<SecondmentPage> {
    const { items, total } = await this.secondments.list(query, actor.principal);
    return { items: items.map(SecondmentResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getSecondment', {
    summary: 'One secondment',
    description:
      'Reads one secondment. HR, chief executives, directors, commissioners, admins and integrators (workforce:read) of the lending council; another council’s secondment answers 404.',
  })
  @ApiOkResponse({ type: SecondmentResponse, description: 'The secondment' })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<SecondmentResponse> {
    return SecondmentResponse.from(await this.secondments.get(id, actor.principal));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Operation('approveSecondment', {
    summary: 'Approve a proposed secondment',
    description:
      'Approves a proposed secondment. HR, chief executives, directors and admins of the lending council; 409 when it is not proposed.',
  })
  @Idempotent()
  @ApiOkResponse({ type: SecondmentResponse, description: 'The secondment, now approved' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(statusConflict)
  async approve(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<SecondmentResponse> {
    const approved = await this.booking.transition(id, 'approved', actor.principal, actor.audit);
    return SecondmentResponse.from(await this.secondments.notifyPartnership(approved));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Operation('activateSecondment', {
    summary: 'Start an approved secondment',
    description:
      'Starts an approved secondment: it becomes active. HR, chief executives, directors and admins of the lending council; 409 when it is not approved.',
  })
  @Idempotent()
  @ApiOkResponse({ type: SecondmentResponse, description: 'The secondment, now active' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(statusConflict)
  async activate(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<SecondmentResponse> {
    const started = await this.booking.transition(id, 'active', actor.principal, actor.audit);
    return SecondmentResponse.from(await this.secondments.notifyPartnership(started));
  }

  @Post(':id/end')
  @HttpCode(200)
  @Operation('endSecondment', {
    summary: 'End an active secondment, on its planned end or earlier; capacity returns',
    description:
      'Ends an active secondment on its planned end or earlier; the person’s time returns to the team. HR, chief executives, directors and admins of the lending council; 409 when it is not active.',
  })
  @Idempotent()
  @ApiOkResponse({ type: SecondmentResponse, description: 'The secondment, now ended' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(statusConflict)
  async end(@RecordIdParam('id') id: string, @Body() dto: EndSecondmentDto, @Actor() actor: RequestActor): Promise<SecondmentResponse> {
    return SecondmentResponse.from(await this.booking.transition(id, 'ended', actor.principal, actor.audit, dto.endedOn));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Operation('cancelSecondment', {
    summary: 'Cancel a secondment that has not started',
    description:
      'Cancels a secondment that has not started. HR, chief executives, directors and admins of the lending council; 409 once it is active or over.',
  })
  @Idempotent()
  @ApiOkResponse({ type: SecondmentResponse, description: 'The secondment, now cancelled' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(statusConflict)
  async cancel(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<SecondmentResponse> {
    return SecondmentResponse.from(await this.booking.transition(id, 'cancelled', actor.principal, actor.audit));
  }
}
