import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { DecisionRecordsService } from '#decisions';
import { CreateDecisionRecordDto, UpdateDecisionRecordDto } from './dto/create-decision-record.dto.js';
import { DecisionRecordPage, DecisionRecordResponse, ListDecisionRecordsQuery } from './dto/decision-record.response.js';
import { RecordIdParam } from '../validation/path-parameters.js';

const notFound = problemResponse('No decision record has this id');

@ApiTags('decisions')
@Controller('api/v1/decision-records')
export class DecisionRecordsController {
  constructor(private readonly records: DecisionRecordsService) {}

  @Get()
  @Operation('listDecisionRecords', { summary: 'Decision records, newest first, by council, partnership, status and date' })
  @ApiOkResponse({ type: DecisionRecordPage })
  async list(@Query() query: ListDecisionRecordsQuery, @Actor() actor: RequestActor): Promise<DecisionRecordPage> {
    const { items, total } = await this.records.list(query);
    return {
      items: items.map((record) => DecisionRecordResponse.from(record, DecisionRecordsService.mayReadExempt(actor.principal, record))),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  @Get(':id')
  @Operation('getDecisionRecord', { summary: 'One decision record; exempt text only for the deciding council' })
  @ApiOkResponse({ type: DecisionRecordResponse })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<DecisionRecordResponse> {
    const record = await this.records.get(id);
    return DecisionRecordResponse.from(record, DecisionRecordsService.mayReadExempt(actor.principal, record));
  }

  @Post()
  @Operation('createDecisionRecord', {
    summary: 'Record a decision of your council; the call-in deadline follows from its governance settings',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: DecisionRecordResponse })
  async create(@Body() dto: CreateDecisionRecordDto, @Actor() actor: RequestActor): Promise<DecisionRecordResponse> {
    const record = await this.records.create(dto, actor);
    return DecisionRecordResponse.from(record, DecisionRecordsService.mayReadExempt(actor.principal, record));
  }

  @Patch(':id')
  @Operation('updateDecisionRecordStatus', {
    summary: 'Change a decision’s status (e.g. called in), given the version you read',
  })
  @ApiOkResponse({ type: DecisionRecordResponse })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The record changed since you read it'))
  async update(
    @RecordIdParam('id') id: string,
    @Body() dto: UpdateDecisionRecordDto,
    @Actor() actor: RequestActor,
  ): Promise<DecisionRecordResponse> {
    const record = await this.records.update(id, dto, actor);
    return DecisionRecordResponse.from(record, DecisionRecordsService.mayReadExempt(actor.principal, record));
  }
}
