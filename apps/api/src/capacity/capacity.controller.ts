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
    description:
      'Counts, for every team of the council (or one), its contracted FTE, the FTE seconded out and its home FTE against its ' +
      'retention floor on every calendar day of the period, by day or by week (the worst day). ' +
      'For the council’s own HR, chief executive and directors, and integrators with a `workforce:read` scope; commissioners and admins ' +
      'read any council’s. Another council’s figures are refused with 403; a period over three years with 422 `range_too_long`.',
  })
  @ApiOkResponse({ type: CapacityTimelineResponse, description: 'The council’s capacity timeline, team by team' })
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
  @Operation('whatIfCouncilCapacity', {
    summary: 'The same timeline with proposed secondments added; nothing is saved',
    description:
      'Answers what HR asks before booking: the council’s capacity timeline as if the proposed secondments were booked too. ' +
      'A POST because the question carries a list, but it changes nothing and needs no idempotency key. ' +
      'Same callers as the timeline: the council’s own HR, chief executive and directors, integrators with a `workforce:read` scope, ' +
      'commissioners and admins; another council is refused with 403, a period over three years with 422 `range_too_long`.',
  })
  @ApiOkResponse({ type: CapacityTimelineResponse, description: 'The council’s capacity timeline with the proposed secondments counted' })
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
    description:
      'Lists the partnerships the council leads, at any stage, with the FTE its approved, active and ended secondments take today ' +
      'and at the peak of each week of the period. For the council’s own chief executive, directors and HR, and integrators with a ' +
      '`partnerships:read` scope; commissioners and admins read any council’s. Another council’s portfolio is refused with 403; ' +
      'a period over three years with 422 `range_too_long`.',
  })
  @ApiOkResponse({ type: PortfolioResponse, description: 'The lead council’s portfolio' })
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
    description:
      'Runs the capacity check now, as the workflow does at the capacity check stage, without recording it: every team of the lead ' +
      'council over the planned period with the partnership’s proposed secondments added, and the travel-distance and ' +
      'savings-programme risks. For the lead council’s chief executive, directors and HR, and integrators with a `partnerships:read` ' +
      'scope; commissioners and admins for any partnership. The supported council, which may read the partnership but not the lead ' +
      'council’s staffing, gets 403; any other council 404, as for a partnership that does not exist.',
  })
  @ApiOkResponse({ type: CapacityCheckResponse, description: 'The outcome (pass, warn or fail), each team’s tightest day, and the risks' })
  async check(
    @RecordIdParam('id') id: string,
    @Query() query: CapacityCheckQuery,
    @Actor() actor: RequestActor,
  ): Promise<CapacityCheckResponse> {
    const thresholds = { warnBelowFte: query.warnBelowFte, distanceThresholdMiles: query.distanceThresholdMiles };
    return CapacityCheckResponse.from(await this.capacity.checkPartnership(id, thresholds, actor.principal));
  }
}
