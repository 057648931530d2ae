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
  @Operation('listCouncils', {
    summary: 'List councils, filtered by Ofsted judgement, type or region',
    description:
      'Lists the councils in name order, a page at a time; abolished councils only when `includeAbolished=true`. ' +
      'Councils are public reference data: every role may read them, integrators with a `partnerships:read` or `partnerships:write` scope.',
  })
  @ApiOkResponse({ type: CouncilPage, description: 'A page of councils, in name order, with the total that match' })
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
  @Operation('getCouncil', {
    summary: 'Read one council',
    description:
      'Reads one council by its GSS code, abolished or not, with its successors. Every role may read it, integrators with a ' +
      '`partnerships:read` or `partnerships:write` scope. An unknown code answers 404 `council_not_found`.',
  })
  @ApiOkResponse({ type: CouncilResponse, description: 'The council' })
  @ApiNotFoundResponse(notFound)
  async get(@CouncilCodeParam() code: string): Promise<CouncilResponse> {
    const council = await this.councils.get(code);
    return CouncilResponse.from(council, (await this.councils.successorsOf([code])).get(code));
  }

  @Post()
  @Operation('createCouncil', {
    summary: 'Add a council',
    description:
      'Adds a council, with the default governance settings (a call-in period of 5 working days), and audits it. ' +
      'Admins only. A council with the same GSS code is refused with 409 `council_already_exists`.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: CouncilResponse, description: 'The council added, at version 1' })
  @ApiConflictResponse(problemResponse('A council with this GSS code already exists'))
  async create(@Body() dto: CreateCouncilDto, @Actor() actor: RequestActor): Promise<CouncilResponse> {
    return CouncilResponse.from(await this.councils.create(dto, actor.audit));
  }

  @Patch(':code')
  @Operation('updateCouncil', {
    summary: 'Change a council (e.g. a new Ofsted judgement), given the version you read',
    description:
      'Changes the fields sent and audits the change; fields left out stay, `null` clears an optional part. ' +
      'Admins and commissioners only (a commissioner records a new Ofsted judgement). An unknown code answers 404; ' +
      'a version other than the current one is refused with 409 `stale_version`: read the council again.',
  })
  @ApiOkResponse({ type: CouncilResponse, description: 'The council as changed, with its new version' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The council changed since you read it'))
  async update(@CouncilCodeParam() code: string, @Body() dto: UpdateCouncilDto, @Actor() actor: RequestActor): Promise<CouncilResponse> {
    return CouncilResponse.from(await this.councils.update(code, dto, actor.audit));
  }

  @Post(':code/abolish')
  @HttpCode(200)
  @Operation('abolishCouncil', {
    summary: 'Abolish a council in a reorganisation: name its successors; open partnerships, teams and staff pass to one of them',
    description:
      'Records a local government reorganisation in one transaction: the council is abolished from `effectiveFrom`, its successors ' +
      'are recorded, and its open partnerships and its teams, with their staff, pass to the successor `transferTo`, each move ' +
      'audited and a `council.abolished` event sent. Admins only. An unknown council or successor answers 404; a council already ' +
      'abolished, an abolished successor, `transferTo` not among the successors, or a team name the successor already uses is refused with 409.',
  })
  @Idempotent()
  @ApiOkResponse({ type: AbolitionResponse, description: 'The abolition recorded, with how many partnerships and teams were transferred' })
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
  @Operation('getGovernanceSettings', {
    summary: 'Call-in period and quorum, key-decision threshold, sign-off reminders',
    description:
      'Reads the council’s own governance rules, by which its decisions’ call-in deadlines and its partnerships’ sign-off chasing are ' +
      'counted. Public: every role may read any council’s, integrators with a `partnerships:read` or `partnerships:write` scope. ' +
      'An unknown code answers 404.',
  })
  @ApiOkResponse({ type: GovernanceSettingsResponse, description: 'The council’s governance settings' })
  @ApiNotFoundResponse(notFound)
  async getGovernance(@CouncilCodeParam() code: string): Promise<GovernanceSettingsResponse> {
    return GovernanceSettingsResponse.from(await this.governance.get(code));
  }

  @Put(':code/governance-settings')
  @Operation('updateGovernanceSettings', {
    summary: 'Set your council’s governance, given the version you read',
    description:
      'Replaces the council’s governance settings and audits the change; decisions already recorded keep their call-in deadlines. ' +
      'For the council’s own democratic services, and admins for any council; another council’s settings are refused with 403. ' +
      'A version other than the current one is refused with 409 `stale_version`; an escalation not after the reminder with 422.',
  })
  @ApiOkResponse({ type: GovernanceSettingsResponse, description: 'The settings as changed, with their new version' })
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
