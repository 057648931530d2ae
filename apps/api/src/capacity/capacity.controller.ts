import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { toMilliFte } from '#domain';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import {
  CapacityCheckQuery,
  CapacityCheckResponse,
  CapacityQuery,
  CapacityTimelineResponse,
  PortfolioPartnership,
  PortfolioQuery,
  PortfolioResponse,
  TeamCapacityResponse,
  WhatIfDto,
} from './capacity.dto.js';
import { CouncilCapacityService } from './council-capacity.service.js';
import { RecordIdParam, CouncilCodeParam } from '../validation/path-parameters.js';

@ApiTags('capacity')
@Controller('api/v1')
export class CapacityController {
  constructor(private readonly capacity: CouncilCapacityService) {}

  @Get('councils/:code/capacity')
  @Operation('getCouncilCapacity', {
    summary: 'Home FTE per team by day or week: establishment, floor, seconded out, headroom, breaches',
  })
  @ApiOkResponse({ type: CapacityTimelineResponse })
  async timeline(
    @CouncilCodeParam() code: string,
    @Query() query: CapacityQuery,
    @Actor() actor: RequestActor,
  ): Promise<CapacityTimelineResponse> {
    const teams = await this.capacity.timeline(
      code,
      { start: query.from, end: query.to },
      { granularity: query.granularity, teamId: query.teamId },
      actor.principal,
    );
    return {
      councilCode: code,
      from: query.from,
      to: query.to,
      granularity: query.granularity,
      teams: teams.map(TeamCapacityResponse.from),
    };
  }

  @Post('councils/:code/capacity/what-if')
  @HttpCode(200)
  @Operation('whatIfCouncilCapacity', { summary: 'The same timeline with proposed secondments added; nothing is saved' })
  @ApiOkResponse({ type: CapacityTimelineResponse })
  async whatIf(@CouncilCodeParam() code: string, @Body() dto: WhatIfDto, @Actor() actor: RequestActor): Promise<CapacityTimelineResponse> {
    const proposed = dto.proposed.map((p) => ({ staffMemberId: p.staffMemberId, milliFte: toMilliFte(p.fte), start: p.start, end: p.end }));
    const teams = await this.capacity.timeline(
      code,
      { start: dto.from, end: dto.to },
      { granularity: dto.granularity, teamId: dto.teamId, proposed },
      actor.principal,
    );
    return { councilCode: code, from: dto.from, to: dto.to, granularity: dto.granularity, teams: teams.map(TeamCapacityResponse.from) };
  }

  @Get('councils/:code/portfolio')
  @Operation('getLeadCouncilPortfolio', {
    summary: 'Every partnership the council leads and the staff FTE each takes, today and week by week',
  })
  @ApiOkResponse({ type: PortfolioResponse })
  async portfolio(
    @CouncilCodeParam() code: string,
    @Query() query: PortfolioQuery,
    @Actor() actor: RequestActor,
  ): Promise<PortfolioResponse> {
    const today = query.today ?? new Date().toISOString().slice(0, 10);
    const entries = await this.capacity.portfolio(code, { start: query.from, end: query.to }, today, actor.principal);
    const partnerships = entries.map(PortfolioPartnership.from);
    const totalFteNow = entries.reduce((sum, entry) => sum + entry.fteNow, 0) / 1000;
    return { councilCode: code, today, totalFteNow, partnerships };
  }

  @Get('partnerships/:id/capacity-check')
  @Operation('checkPartnershipCapacity', {
    summary: 'The lead council’s capacity over the partnership’s period with its proposed secondments: pass, warn or fail, and risks',
  })
  @ApiOkResponse({ type: CapacityCheckResponse })
  async check(
    @RecordIdParam('id') id: string,
    @Query() query: CapacityCheckQuery,
    @Actor() actor: RequestActor,
  ): Promise<CapacityCheckResponse> {
    const thresholds = { warnBelowFte: query.warnBelowFte, distanceThresholdMiles: query.distanceThresholdMiles };
    return CapacityCheckResponse.from(await this.capacity.checkPartnership(id, thresholds, actor.principal));
  }
}
