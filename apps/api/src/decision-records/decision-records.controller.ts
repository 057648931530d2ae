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
  @Operation('listDecisionRecords', {
    summary: 'Decision records, newest first, by council, partnership, status and date',
    description:
      'Lists published decision records, newest publication first, a page at a time. Decisions are public records: every role may ' +
      'read every council’s, integrators with a `partnerships:read` or `partnerships:write` scope. Exempt (Schedule 12A) text is ' +
      'shown only to the deciding council’s own people; other readers get null and `exemptInformationWithheld: true`.',
  })
  @ApiOkResponse({ type: DecisionRecordPage, description: 'A page of decision records, newest first, with the total that match' })
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
  @Operation('getDecisionRecord', {
    summary: 'One decision record; exempt text only for the deciding council',
    description:
      'Reads one decision record. Every role may read it, integrators with a `partnerships:read` or `partnerships:write` scope; ' +
      'its exempt (Schedule 12A) text only the deciding council’s own people (not even admins or commissioners): others see that it is ' +
      'withheld. An unknown id answers 404 `decision_record_not_found`.',
  })
  @ApiOkResponse({ type: DecisionRecordResponse, description: 'The decision record' })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<DecisionRecordResponse> {
    const record = await this.records.get(id);
    return DecisionRecordResponse.from(record, DecisionRecordsService.mayReadExempt(actor.principal, record));
  }

  @Post()
  @Operation('createDecisionRecord', {
    summary: 'Record a decision of your council; the call-in deadline follows from its governance settings',
    description:
      'Publishes a decision of the caller’s council, counting its call-in deadline and the day it takes effect in working days from ' +
      'publication by the council’s call-in period; audited, and sent as a `decision.recorded` event. For the council’s own ' +
      'democratic services, and admins. Another council’s decision is refused with 403, as is a partnership the deciding council is ' +
      'not a party to. Refused with 422: a key decision without 28 clear days on the forward plan or an urgency route ' +
      '(`forward_plan_notice_too_short`), an unknown partnership (`unknown_reference`), or a call-in deadline in a year whose bank ' +
      'holidays are not yet known (`holiday_calendar_not_covered`).',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: DecisionRecordResponse, description: 'The decision record, with its call-in deadline and effective date' })
  async create(@Body() dto: CreateDecisionRecordDto, @Actor() actor: RequestActor): Promise<DecisionRecordResponse> {
    const record = await this.records.create(dto, actor);
    return DecisionRecordResponse.from(record, DecisionRecordsService.mayReadExempt(actor.principal, record));
  }

  @Patch(':id')
  @Operation('updateDecisionRecordStatus', {
    summary: 'Change a decision’s status (e.g. called in), given the version you read',
    description:
      'Sets the decision’s status; audited, and sent as a `decision.status_changed` event. For the deciding council’s own ' +
      'democratic services, and admins; another council’s record is refused with 403. An unknown id answers 404; a version other ' +
      'than the current one is refused with 409 `stale_version`.',
  })
  @ApiOkResponse({ type: DecisionRecordResponse, description: 'The decision record as changed, with its new version' })
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
