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
  })
  @ApiOkResponse({ type: InterventionPage })
  async list(@Query() query: ListInterventionsQuery): Promise<InterventionPage> {
    const { items, total } = await this.interventions.list(query);
    return { items: items.map(InterventionResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getIntervention', { summary: 'One intervention: trigger, direction, commissioner, review and report' })
  @ApiOkResponse({ type: InterventionResponse })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string): Promise<InterventionResponse> {
    return InterventionResponse.from(await this.interventions.get(id));
  }

  @Post()
  @Operation('createIntervention', { summary: 'Record a DfE intervention (commissioners)' })
  @Idempotent()
  @ApiCreatedResponse({ type: InterventionResponse })
  async create(@Body() dto: CreateInterventionDto, @Actor() actor: RequestActor): Promise<InterventionResponse> {
    return InterventionResponse.from(await this.interventions.create(dto, actor));
  }

  @Patch(':id')
  @Operation('updateIntervention', { summary: 'Record the review, report, recommendation or lifting of the direction' })
  @ApiOkResponse({ type: InterventionResponse })
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
