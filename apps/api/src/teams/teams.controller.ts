import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { CreateTeamDto, ListTeamsQuery, TeamPage, TeamResponse, UpdateTeamDto } from './dto/team.dto.js';
import { TeamsService } from './teams.service.js';
import { RecordIdParam } from '../validation/path-parameters.js';

const notFound = problemResponse('No team has this id');

@ApiTags('workforce')
@Controller('api/v1/teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @Operation('listTeams', { summary: 'List your council’s teams, with establishment and retention floor' })
  @ApiOkResponse({ type: TeamPage })
  async list(@Query() query: ListTeamsQuery, @Actor() actor: RequestActor): Promise<TeamPage> {
    const { items, total } = await this.teams.list(query, actor.principal);
    return { items: items.map(TeamResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getTeam', { summary: 'Read one team' })
  @ApiOkResponse({ type: TeamResponse })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<TeamResponse> {
    return TeamResponse.from(await this.teams.get(id, actor.principal));
  }

  @Post()
  @Operation('createTeam', { summary: 'Add a team to your council (HR)' })
  @Idempotent()
  @ApiCreatedResponse({ type: TeamResponse })
  @ApiConflictResponse(problemResponse('Your council already has a team of this name'))
  async create(@Body() dto: CreateTeamDto, @Actor() actor: RequestActor): Promise<TeamResponse> {
    return TeamResponse.from(await this.teams.create(dto, actor));
  }

  @Patch(':id')
  @Operation('updateTeam', { summary: 'Change a team’s name, establishment or floor, given the version you read' })
  @ApiOkResponse({ type: TeamResponse })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The team changed since you read it'))
  async update(@RecordIdParam('id') id: string, @Body() dto: UpdateTeamDto, @Actor() actor: RequestActor): Promise<TeamResponse> {
    return TeamResponse.from(await this.teams.update(id, dto, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteTeam', { summary: 'Delete an empty team' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The team still has staff'))
  async delete(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<void> {
    await this.teams.delete(id, actor);
  }
}
