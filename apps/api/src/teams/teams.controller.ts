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
  @Operation('listTeams', {
    summary: 'List your council’s teams, with establishment and retention floor',
    description:
      'Lists your council’s teams with their establishment and retention floor. HR, chief executives, directors, commissioners, admins and integrators (workforce:read).',
  })
  @ApiOkResponse({ type: TeamPage, description: 'One page of teams' })
  async list(@Query() query: ListTeamsQuery, @Actor() actor: RequestActor): Promise<TeamPage> {
    const { items, total } = await this.teams.list(query, actor.principal);
    return { items: items.map(TeamResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getTeam', {
    summary: 'Read one team',
    description:
      'Reads one team. HR, chief executives, directors, commissioners, admins and integrators (workforce:read) of its council; another council’s team answers 404.',
  })
  @ApiOkResponse({ type: TeamResponse, description: 'The team' })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<TeamResponse> {
    return TeamResponse.from(await this.teams.get(id, actor.principal));
  }

  @Post()
  @Operation('createTeam', {
    summary: 'Add a team to your council (HR)',
    description:
      'Adds a team to your council. HR, admins and integrators (workforce:write); 409 when your council already has a team of this name.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: TeamResponse, description: 'The team added, at version 1' })
  @ApiConflictResponse(problemResponse('Your council already has a team of this name'))
  async create(@Body() dto: CreateTeamDto, @Actor() actor: RequestActor): Promise<TeamResponse> {
    return TeamResponse.from(await this.teams.create(dto, actor));
  }

  @Patch(':id')
  @Operation('updateTeam', {
    summary: 'Change a team’s name, establishment or floor, given the version you read',
    description:
      'Changes a team’s name, establishment or retention floor. Send the version you read: a team changed since answers 409. HR, admins and integrators (workforce:write) of its council.',
  })
  @ApiOkResponse({ type: TeamResponse, description: 'The team as changed, at the new version' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The team changed since you read it'))
  async update(@RecordIdParam('id') id: string, @Body() dto: UpdateTeamDto, @Actor() actor: RequestActor): Promise<TeamResponse> {
    return TeamResponse.from(await this.teams.update(id, dto, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteTeam', {
    summary: 'Delete an empty team',
    description: 'Deletes a team that has no staff; 409 while it has any. HR, admins and integrators (workforce:write) of its council.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The team still has staff'))
  async delete(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<void> {
    await this.teams.delete(id, actor);
  }
}
