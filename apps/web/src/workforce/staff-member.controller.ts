import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AccordClient } from '#api-client';
import { ApiRefusal, answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import type { FieldError, FormFields } from '../capacity/date-fields.js';
import { fte, longDate } from '../capacity/words.js';
import { refusalInWords } from './booking-refusal.js';
import { secondmentFromForm } from './secondment-form.js';
import { ACTION_WORDS, staffRows } from './staff-view.js';
import { CLOSED_STAGES, partnershipsLedBy, secondmentsOf, titlesOf } from './workforce-reads.js';
import { workforceNavigation } from './workforce-navigation.js';

const DONE: Record<string, string> = {
  proposed: 'Secondment booked: it is proposed until approved',
  ...Object.fromEntries(Object.entries(ACTION_WORDS).map(([action, words]) => [action, words.done])),
};

/**
 * One staff member: their secondments with the steps each allows, and HR's form to book another.
 * A refused booking comes back to the form with the API's reason in words in the error summary.
 */
@Controller('staff/:staffId')
export class StaffMemberController {
  @Get()
  async page(
    @SignedInPerson() person: SignedInPerson,
    @Param('staffId', new ParseUUIDPipe()) staffId: string,
    @Query('done') done: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    response.render('workforce/staff-member.njk', await this.view(person.api, staffId, { values: {}, errors: [], done: DONE[done ?? ''] }));
  }

  @Post('secondments')
  async book(
    @SignedInPerson() person: SignedInPerson,
    @Param('staffId', new ParseUUIDPipe()) staffId: string,
    @Body() body: FormFields,
    @Res() response: Response,
  ): Promise<void> {
    const { booking, errors } = secondmentFromForm(staffId, body);
    if (!booking) {
      response.status(400).render('workforce/staff-member.njk', await this.view(person.api, staffId, { values: body, errors }));
      return;
    }
    const idempotencyKey = typeof body.idempotencyKey === 'string' && body.idempotencyKey ? body.idempotencyKey : randomUUID();
    try {
      await answerOf(person.api.POST('/api/v1/secondments', { body: booking, headers: { 'idempotency-key': idempotencyKey } }));
    } catch (error) {
      if (!(error instanceof ApiRefusal) || error.status === 401 || error.status >= 500 || !error.problem) throw error;
      const member = await answerOf(person.api.GET('/api/v1/staff/{id}', { params: { path: { id: staffId } } }));
      const refusal = { field: fieldOf(error.problem.code), message: refusalInWords(error.problem, member.displayName) };
      response
        .status(error.status)
        .render('workforce/staff-member.njk', await this.view(person.api, staffId, { values: body, errors: [refusal] }));
      return;
    }
    response.redirect(303, `/staff/${staffId}?done=proposed`);
  }

  private async view(api: AccordClient, staffId: string, form: { values: FormFields; errors: FieldError[]; done?: string }) {
    const member = await answerOf(api.GET('/api/v1/staff/{id}', { params: { path: { id: staffId } } }));
    const team = await answerOf(api.GET('/api/v1/teams/{id}', { params: { path: { id: member.teamId } } }));
    const [secondments, partnerships] = await Promise.all([
      secondmentsOf(api, { staffMemberId: staffId }),
      partnershipsLedBy(api, team.councilCode),
    ]);
    const [row] = staffRows([member], secondments, titlesOf(partnerships));
    return {
      member: row,
      team: { id: team.id, name: team.name },
      contracted: fte(member.contractedFte),
      partnerships: partnerships
        .filter((partnership) => !CLOSED_STAGES.includes(partnership.stage))
        .map((partnership) => ({
          value: partnership.id,
          text: `${partnership.title} (${longDate(partnership.plannedStart)} to ${longDate(partnership.plannedEnd)})`,
          selected: form.values.partnershipId === partnership.id,
        })),
      values: form.values,
      errors: form.errors,
      errorFor: Object.fromEntries(form.errors.map((error) => [error.field.replace(/-(day|month|year)$/, ''), error.message])),
      done: form.done,
      idempotencyKey: typeof form.values.idempotencyKey === 'string' ? form.values.idempotencyKey : randomUUID(),
      subNavigation: workforceNavigation(team.councilCode, 'teams'),
    };
  }
}

/** The form field a refusal is about, so the error summary links to it. */
function fieldOf(code: string): string {
  if (code === 'secondment_exceeds_contract') return 'fte';
  if (code === 'secondment_outside_employment') return 'start-day';
  if (code === 'partnership_closed' || code === 'forbidden_for_council' || code === 'unknown_reference') return 'partnershipId';
  return 'fte';
}
