import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { CouncilsService } from './councils.service.js';
import { AbolishCouncilDto, AbolitionResponse } from './dto/abolish-council.dto.js';
import { CouncilPage, CouncilResponse } from './dto/council.response.js';
import { CreateCouncilDto } from './dto/create-council.dto.js';
import { GovernanceSettingsResponse, UpdateGovernanceSettingsDto } from './dto/governance-settings.dto.js';
import { ListCouncilsQuery } from './dto/list-councils.query.js';
import { UpdateCouncilDto } from './dto/update-council.dto.js';
import { GovernanceSettingsService } from './governance-settings.service.js';
import { CouncilCodeParam } from '../validation/path-parameters.js';

const notFound = problemResponse('No council has this GSS code');

@ApiTags('councils')
@Controller('api/v1/councils')
export class CouncilsController {
  constructor(
    private readonly councils: CouncilsService,
    private readonly governance: GovernanceSettingsService,
  ) {}

  @Get()
  @Operation('listCouncils', { summary: 'List councils, filtered by Ofsted judgement, type or region' })
  @ApiOkResponse({ type: CouncilPage })
  async list(@Query() query: ListCouncilsQuery): Promise<CouncilPage> {
    const { items, total } = await this.councils.list(query);
    const successors = await this.councils.successorsOf(items.map((council) => council.code));
    return {
      items: items.map((council) => CouncilResponse.from(council, successors.get(council.code))),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  @Get(':code')
  @Operation('getCouncil', { summary: 'Read one council' })
  @ApiOkResponse({ type: CouncilResponse })
  @ApiNotFoundResponse(notFound)
  async get(@CouncilCodeParam() code: string): Promise<CouncilResponse> {
    const council = await this.councils.get(code);
    return CouncilResponse.from(council, (await this.councils.successorsOf([code])).get(code));
  }

  @Post()
  @Operation('createCouncil', { summary: 'Add a council' })
  @Idempotent()
  @ApiCreatedResponse({ type: CouncilResponse })
  @ApiConflictResponse(problemResponse('A council with this GSS code already exists'))
  async create(@Body() dto: CreateCouncilDto, @Actor() actor: RequestActor): Promise<CouncilResponse> {
    return CouncilResponse.from(await this.councils.create(dto, actor.audit));
  }

  @Patch(':code')
  @Operation('updateCouncil', { summary: 'Change a council (e.g. a new Ofsted judgement), given the version you read' })
  @ApiOkResponse({ type: CouncilResponse })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The council changed since you read it'))
  async update(@CouncilCodeParam() code: string, @Body() dto: UpdateCouncilDto, @Actor() actor: RequestActor): Promise<CouncilResponse> {
    return CouncilResponse.from(await this.councils.update(code, dto, actor.audit));
  }

  @Post(':code/abolish')
  @HttpCode(200)
  @Operation('abolishCouncil', {
    summary: 'Abolish a council in a reorganisation: name its successors; open partnerships, teams and staff pass to one of them',
  })
  @Idempotent()
  @ApiOkResponse({ type: AbolitionResponse })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('Already abolished, or a team name clashes in the successor'))
  async abolish(
    @CouncilCodeParam() code: string,
    @Body() dto: AbolishCouncilDto,
    @Actor() actor: RequestActor,
  ): Promise<AbolitionResponse> {
    const { partnerships, teams, council } = await this.councils.abolish(code, dto, actor.audit);
    return {
      code,
      abolishedOn: council.abolishedOn ?? dto.effectiveFrom,
      successorCodes: dto.successorCodes,
      partnershipsTransferred: partnerships,
      teamsTransferred: teams,
    };
  }

  @Get(':code/governance-settings')
  @Operation('getGovernanceSettings', { summary: 'Call-in period and quorum, key-decision threshold, sign-off reminders' })
  @ApiOkResponse({ type: GovernanceSettingsResponse })
  @ApiNotFoundResponse(notFound)
  async getGovernance(@CouncilCodeParam() code: string): Promise<GovernanceSettingsResponse> {
    return GovernanceSettingsResponse.from(await this.governance.get(code));
  }

  @Put(':code/governance-settings')
  @Operation('updateGovernanceSettings', { summary: 'Set your council’s governance, given the version you read' })
  @ApiOkResponse({ type: GovernanceSettingsResponse })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The settings changed since you read them'))
  async updateGovernance(
    @CouncilCodeParam() code: string,
    @Body() dto: UpdateGovernanceSettingsDto,
    @Actor() actor: RequestActor,
  ): Promise<GovernanceSettingsResponse> {
    return GovernanceSettingsResponse.from(await this.governance.update(code, dto, actor.principal, actor.audit));
  }
}
