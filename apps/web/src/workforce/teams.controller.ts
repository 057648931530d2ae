import { Controller, Get, Param, ParseUUIDPipe, Query, Render } from '@nestjs/common';
import { answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { councilOf } from './council-of.js';
import { staffRows } from './staff-view.js';
import { teamRows } from './teams-view.js';
import { ukToday } from './today.js';
import { partnershipsLedBy, secondmentsOf, staffOf, teamsOf, titlesOf } from './workforce-reads.js';
import { workforceNavigation } from './workforce-navigation.js';
import { fte, longDate } from '../capacity/words.js';

/** HR's teams: home FTE today against each team's floor, and a team's staff with their secondments. */
@Controller()
export class TeamsController {
  @Get('teams')
  @Render('workforce/teams.njk')
  async teams(@SignedInPerson() person: SignedInPerson, @Query('councilCode') asked?: string) {
    const councilCode = councilOf(person, asked);
    const today = ukToday();
    const [teams, capacity] = await Promise.all([
      teamsOf(person.api, councilCode),
      answerOf(
        person.api.GET('/api/v1/councils/{code}/capacity', {
          params: { path: { code: councilCode }, query: { from: today, to: today, granularity: 'day' } },
        }),
      ),
    ]);
    return {
      councilCode,
      todayWords: longDate(today),
      teams: teamRows(teams, capacity.teams),
      subNavigation: workforceNavigation(councilCode, 'teams'),
    };
  }

  @Get('teams/:teamId')
  @Render('workforce/team.njk')
  async team(@SignedInPerson() person: SignedInPerson, @Param('teamId', new ParseUUIDPipe()) teamId: string) {
    const team = await answerOf(person.api.GET('/api/v1/teams/{id}', { params: { path: { id: teamId } } }));
    const today = ukToday();
    const [staff, secondments, partnerships, capacity] = await Promise.all([
      staffOf(person.api, { teamId }),
      secondmentsOf(person.api, { councilCode: team.councilCode }),
      partnershipsLedBy(person.api, team.councilCode),
      answerOf(
        person.api.GET('/api/v1/councils/{code}/capacity', {
          params: { path: { code: team.councilCode }, query: { from: today, to: today, granularity: 'day', teamId } },
        }),
      ),
    ]);
    const point = capacity.teams[0]?.points[0];
    return {
      team: { id: team.id, name: team.name, establishment: fte(team.establishmentFte), councilCode: team.councilCode },
      today: point
        ? { home: fte(point.homeFte), floor: fte(point.floorFte), headroom: fte(point.headroomFte), below: point.belowFloor }
        : undefined,
      staff: staffRows(staff, secondments, titlesOf(partnerships)),
      subNavigation: workforceNavigation(team.councilCode, 'teams'),
    };
  }
}
