import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRefusal, answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { dayNumber } from './calendar.js';
import { capacityView } from './capacity-view.js';
import { fieldsOfDate, type FieldError, type FormFields } from './date-fields.js';
import { COUNTED_STATUSES, PROPOSED, type SecondedLoad } from './seconded-shares.js';
import { capacityHref, capacityRequest } from './what-if-form.js';
import { fte, longDate, toMilli } from './words.js';
import { councilOf } from '../workforce/council-of.js';
import { ukToday } from '../workforce/today.js';
import { partnershipsLedBy, secondmentsOf, staffOf, teamsOf, titlesOf } from '../workforce/workforce-reads.js';
import { workforceNavigation } from '../workforce/workforce-navigation.js';

/** Up to this many days the chart has a point per day; longer periods a point per week (its worst day). */
const DAILY_UP_TO_DAYS = 400;

/**
 * A council's capacity over a period: each team's chart and table, and the what-if: proposed
 * secondments added in the address and counted by the API's what-if operation, nothing saved.
 */
@Controller()
export class CapacityController {
  @Get('capacity')
  mine(@SignedInPerson() person: SignedInPerson, @Res() response: Response): void {
    response.redirect(303, `/councils/${councilOf(person, undefined)}/capacity`);
  }

  @Get('councils/:code/capacity')
  async page(
    @SignedInPerson() person: SignedInPerson,
    @Param('code') asked: string,
    @Query() query: FormFields,
    @Res() response: Response,
  ): Promise<void> {
    const councilCode = councilOf(person, asked);
    const request = capacityRequest(query, ukToday());
    if (String(query.add ?? '') === '1' && request.errors.length === 0) {
      // The proposal is added: to the page's own address, which lists every proposal and nothing else.
      response.redirect(303, capacityHref(councilCode, request));
      return;
    }
    const granularity = dayNumber(request.to) - dayNumber(request.from) < DAILY_UP_TO_DAYS ? 'day' : 'week';
    const period = { from: request.from, to: request.to, granularity, teamId: request.teamId } as const;
    const [teams, staff, secondments, partnerships] = await Promise.all([
      teamsOf(person.api, councilCode),
      staffOf(person.api, { councilCode }),
      secondmentsOf(person.api, { councilCode }),
      partnershipsLedBy(person.api, councilCode),
    ]);
    const errors: FieldError[] = [...request.errors];
    let timeline;
    try {
      timeline = await answerOf(
        request.proposals.length > 0
          ? person.api.POST('/api/v1/councils/{code}/capacity/what-if', {
              params: { path: { code: councilCode } },
              body: { ...period, proposed: request.proposals },
            })
          : person.api.GET('/api/v1/councils/{code}/capacity', { params: { path: { code: councilCode }, query: period } }),
      );
    } catch (error) {
      if (!(error instanceof ApiRefusal) || error.status !== 422 || !error.problem) throw error;
      errors.push({ field: 'from-day', message: error.problem.detail ?? error.problem.title });
    }
    const teamOfStaff = new Map(staff.map((member) => [member.id, member.teamId]));
    const nameOfStaff = new Map(staff.map((member) => [member.id, member.displayName]));
    const loads: SecondedLoad[] = [
      ...secondments
        .filter((secondment) => COUNTED_STATUSES.includes(secondment.status))
        .map((secondment) => ({
          teamId: teamOfStaff.get(secondment.staffMemberId) ?? '',
          partnershipId: secondment.partnershipId,
          milliFte: toMilli(secondment.fte),
          start: secondment.start,
          end: secondment.end,
        })),
      ...request.proposals.map((proposal) => ({
        teamId: teamOfStaff.get(proposal.staffMemberId) ?? '',
        partnershipId: PROPOSED,
        milliFte: toMilli(proposal.fte),
        start: proposal.start,
        end: proposal.end,
      })),
    ];
    const view = timeline ? capacityView(timeline, loads, titlesOf(partnerships)) : undefined;
    const adding = String(query.add ?? '') === '1' && request.errors.length > 0;
    response.status(errors.length > 0 ? 400 : 200).render('capacity/capacity.njk', {
      councilCode,
      request,
      view,
      errors,
      errorFor: Object.fromEntries(errors.map((error) => [error.field.replace(/-(day|month|year)$/, ''), error.message])),
      periodWords: `${longDate(request.from)} to ${longDate(request.to)}`,
      granularity,
      values: adding ? query : { ...fieldsOfDate('from', request.from), ...fieldsOfDate('to', request.to) },
      periodValues: { ...fieldsOfDate('from', request.from), ...fieldsOfDate('to', request.to) },
      teams: teams.map((team) => ({ value: team.id, text: team.name, selected: team.id === request.teamId })),
      staffByTeam: teams.map((team) => ({
        label: team.name,
        staff: staff
          .filter((member) => member.teamId === team.id)
          .map((member) => ({
            value: member.id,
            text: `${member.displayName} (${fte(member.contractedFte)} FTE)`,
            selected: query.staffMemberId === member.id,
          })),
      })),
      proposals: request.proposals.map((proposal, index) => ({
        person: nameOfStaff.get(proposal.staffMemberId) ?? 'Someone not on the staff list',
        fte: fte(proposal.fte),
        period: `${longDate(proposal.start)} to ${longDate(proposal.end)}`,
        removeHref: capacityHref(councilCode, { ...request, proposals: request.proposals.filter((_, i) => i !== index) }),
      })),
      withoutProposalsHref: capacityHref(councilCode, { ...request, proposals: [] }),
      subNavigation: workforceNavigation(councilCode, 'capacity'),
    });
  }
}
