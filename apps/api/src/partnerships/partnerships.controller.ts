import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Role } from '#domain';
import { submitPartnership, withdrawPartnership } from '#workflows';
import { AuditEventResponse } from '../audit-events/audit-event.response.js';
import { Authorize } from '../auth/authorize.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { CreatePartnershipDto } from './dto/create-partnership.dto.js';
import { ListPartnershipsQuery } from './dto/list-partnerships.query.js';
import { PartnershipDetailResponse } from './dto/partnership-detail.response.js';
import { PartnershipPage, PartnershipResponse } from './dto/partnership.response.js';
import { StageActionDto, StageActionResponse } from './dto/stage-action.dto.js';
import { UpdatePartnershipDto } from './dto/update-partnership.dto.js';
import { PartnershipDetailService } from './partnership-detail.service.js';
import { PartnershipsService } from './partnerships.service.js';
import { RecordIdParam } from '../validation/path-parameters.js';

const EVERY_ROLE: Role[] = ['chief_executive', 'director', 'hr', 'democratic_services', 'scrutiny', 'commissioner', 'integrator', 'admin'];
const LEAD_COUNCIL_OFFICERS: Role[] = ['chief_executive', 'director', 'integrator', 'admin'];
const notFound = problemResponse('No partnership has this id');
const workflowUnavailable = problemResponse('The workflow did not answer in time; nothing changed');

@ApiTags('partnerships')
@Controller('api/v1/partnerships')
export class PartnershipsController {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly detail: PartnershipDetailService,
  ) {}

  @Post()
  @Authorize({ roles: LEAD_COUNCIL_OFFICERS, integratorScopes: ['partnerships:write'] })
  @Idempotent()
  @ApiOperation({
    operationId: 'createPartnership',
    summary: 'Create a draft partnership led by your council and start its workflow',
  })
  @ApiCreatedResponse({ type: PartnershipResponse })
  async create(
    @Body() dto: CreatePartnershipDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<PartnershipResponse> {
    return PartnershipResponse.from(await this.partnerships.create(dto, actor, idempotencyKey));
  }

  @Get()
  @Authorize({ roles: EVERY_ROLE, integratorScopes: ['partnerships:read', 'partnerships:write'] })
  @ApiOperation({ operationId: 'listPartnerships', summary: 'List the partnerships your council leads or receives, newest first' })
  @ApiOkResponse({ type: PartnershipPage })
  async list(@Query() query: ListPartnershipsQuery, @Actor() actor: RequestActor): Promise<PartnershipPage> {
    const { items, total } = await this.partnerships.list(query, actor.principal);
    return { items: items.map(PartnershipResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Authorize({ roles: EVERY_ROLE, integratorScopes: ['partnerships:read', 'partnerships:write'] })
  @ApiOperation({
    operationId: 'getPartnership',
    summary: 'Read one partnership: its stage, who must act next and by when, its decision record, due dates and timeline',
  })
  @ApiOkResponse({ type: PartnershipDetailResponse })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<PartnershipDetailResponse> {
    return this.detail.detail(id, actor.principal);
  }

  @Get(':id/timeline')
  @Authorize({ roles: EVERY_ROLE, integratorScopes: ['partnerships:read', 'partnerships:write'] })
  @ApiOperation({
    operationId: 'getPartnershipTimeline',
    summary: 'Everything that happened to the partnership, oldest first, with who did it',
  })
  @ApiOkResponse({ type: [AuditEventResponse] })
  @ApiNotFoundResponse(notFound)
  async timeline(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<AuditEventResponse[]> {
    return (await this.partnerships.timeline(id, actor.principal)).map(AuditEventResponse.from);
  }

  @Patch(':id')
  @Authorize({ roles: LEAD_COUNCIL_OFFICERS, integratorScopes: ['partnerships:write'] })
  @ApiOperation({ operationId: 'updatePartnership', summary: 'Edit a draft’s terms, given the version you read (lead council)' })
  @ApiOkResponse({ type: PartnershipResponse })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The partnership changed since you read it, or is no longer a draft'))
  async update(
    @RecordIdParam('id') id: string,
    @Body() dto: UpdatePartnershipDto,
    @Actor() actor: RequestActor,
  ): Promise<PartnershipResponse> {
    return PartnershipResponse.from(await this.partnerships.update(id, dto, actor));
  }

  @Post(':id/actions/submit')
  @HttpCode(200)
  @Authorize({ roles: LEAD_COUNCIL_OFFICERS, integratorScopes: ['partnerships:write'] })
  @Idempotent()
  @ApiOperation({ operationId: 'submitPartnership', summary: 'Submit a draft for officer review (lead council)' })
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  @ApiServiceUnavailableResponse(workflowUnavailable)
  async submit(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    const { stage } = await this.partnerships.act(id, submitPartnership, { comment: dto.comment }, actor, idempotencyKey);
    return { partnershipId: id, stage };
  }

  @Post(':id/actions/withdraw')
  @HttpCode(200)
  @Authorize({ roles: LEAD_COUNCIL_OFFICERS, integratorScopes: ['partnerships:write'] })
  @Idempotent()
  @ApiOperation({ operationId: 'withdrawPartnership', summary: 'Withdraw a partnership that is not yet active (lead council)' })
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  @ApiServiceUnavailableResponse(workflowUnavailable)
  async withdraw(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    const { stage } = await this.partnerships.act(id, withdrawPartnership, { comment: dto.comment }, actor, idempotencyKey);
    return { partnershipId: id, stage };
  }
}
