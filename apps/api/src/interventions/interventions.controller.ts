import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import {
  CreateInterventionDto,
  InterventionPage,
  InterventionResponse,
  ListInterventionsQuery,
  UpdateInterventionDto,
} from './intervention.dto.js';
import { InterventionsService } from './interventions.service.js';
import { RecordIdParam } from '../validation/path-parameters.js';

const notFound = problemResponse('No intervention has this id');

@ApiTags('interventions')
@Controller('api/v1/interventions')
export class InterventionsController {
  constructor(private readonly interventions: InterventionsService) {}

  @Get()
  @Operation('listInterventions', {
    summary: 'DfE interventions, by supported council, optionally only those still in force',
    description:
      'Lists DfE interventions in councils’ children’s services, latest triggering judgement first, a page at a time. Public records: ' +
      'every role may read them, integrators with a `partnerships:read` or `partnerships:write` scope.',
  })
  @ApiOkResponse({ type: InterventionPage, description: 'A page of interventions, with the total that match' })
  async list(@Query() query: ListInterventionsQuery): Promise<InterventionPage> {
    const { items, total } = await this.interventions.list(query);
    return { items: items.map(InterventionResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getIntervention', {
    summary: 'One intervention: trigger, direction, commissioner, review and report',
    description:
      'Reads one DfE intervention. Every role may read it, integrators with a `partnerships:read` or `partnerships:write` scope. ' +
      'An unknown id answers 404 `intervention_not_found`.',
  })
  @ApiOkResponse({ type: InterventionResponse, description: 'The intervention' })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string): Promise<InterventionResponse> {
    return InterventionResponse.from(await this.interventions.get(id));
  }

  @Post()
  @Operation('createIntervention', {
    summary: 'Record a DfE intervention (commissioners)',
    description:
      'Records an intervention in a council’s children’s services, audited against the supported council and any adviser. ' +
      'Commissioners and admins only. Refused with 422: an unknown council or an adviser that is the supported council ' +
      '(`unknown_reference`), a direction before the judgement.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: InterventionResponse, description: 'The intervention recorded, at version 1' })
  async create(@Body() dto: CreateInterventionDto, @Actor() actor: RequestActor): Promise<InterventionResponse> {
    return InterventionResponse.from(await this.interventions.create(dto, actor));
  }

  @Patch(':id')
  @Operation('updateIntervention', {
    summary: 'Record the review, report, recommendation or lifting of the direction',
    description:
      'Records the intervention’s progress: the fields sent change, fields left out stay, `null` clears one; audited. ' +
      'Commissioners and admins only. An unknown id answers 404; a version other than the current one is refused with ' +
      '409 `stale_version`; an unknown adviser council, or the supported council as its own adviser, with 422 `unknown_reference`.',
  })
  @ApiOkResponse({ type: InterventionResponse, description: 'The intervention as changed, with its new version' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The intervention changed since you read it'))
  async update(
    @RecordIdParam('id') id: string,
    @Body() dto: UpdateInterventionDto,
    @Actor() actor: RequestActor,
  ): Promise<InterventionResponse> {
    return InterventionResponse.from(await this.interventions.update(id, dto, actor));
  }
}
