import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AccordClient } from '#api-client';
import { ApiRefusal, answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { dateFromFields, type FieldError, type FormFields } from '../capacity/date-fields.js';
import { refusalInWords } from './booking-refusal.js';
import { ACTION_WORDS, secondmentRow, type SecondmentAction } from './staff-view.js';
import { partnershipsLedBy, titlesOf } from './workforce-reads.js';

const ACTIONS: readonly SecondmentAction[] = ['approve', 'activate', 'end', 'cancel'];

/**
 * Approve, start, end or cancel a secondment: a confirmation page ("Approve this secondment?"),
 * then the step, and back to the person's page; a refusal is shown on the confirmation page.
 */
@Controller('secondments/:id/:action')
export class SecondmentActionController {
  @Get()
  async confirm(
    @SignedInPerson() person: SignedInPerson,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('action') action: string,
    @Res() response: Response,
  ): Promise<void> {
    response.render('workforce/secondment-action.njk', await this.view(person.api, id, actionOf(action), {}, []));
  }

  @Post()
  async act(
    @SignedInPerson() person: SignedInPerson,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('action') asked: string,
    @Body() body: FormFields,
    @Res() response: Response,
  ): Promise<void> {
    const action = actionOf(asked);
    const path = { params: { path: { id } } };
    let endedOn: string | undefined;
    if (action === 'end' && ['endedOn-day', 'endedOn-month', 'endedOn-year'].some((field) => String(body[field] ?? '').trim())) {
      const date = dateFromFields(body, 'endedOn', 'last day');
      if (date.error) {
        response.status(400).render('workforce/secondment-action.njk', await this.view(person.api, id, action, body, [date.error]));
        return;
      }
      endedOn = date.value;
    }
    try {
      const secondment = await answerOf(
        action === 'end'
          ? person.api.POST('/api/v1/secondments/{id}/end', { ...path, body: { endedOn } })
          : action === 'approve'
            ? person.api.POST('/api/v1/secondments/{id}/approve', path)
            : action === 'activate'
              ? person.api.POST('/api/v1/secondments/{id}/activate', path)
              : person.api.POST('/api/v1/secondments/{id}/cancel', path),
      );
      response.redirect(303, `/staff/${secondment.staffMemberId}?done=${action}`);
    } catch (error) {
      if (!(error instanceof ApiRefusal) || error.status === 401 || error.status === 404 || error.status >= 500 || !error.problem)
        throw error;
      const view = await this.view(person.api, id, action, body, []);
      const refusal = { field: action === 'end' ? 'endedOn-day' : 'confirm', message: refusalInWords(error.problem, view.personName) };
      response.status(error.status).render('workforce/secondment-action.njk', { ...view, errors: [refusal] });
    }
  }

  private async view(api: AccordClient, id: string, action: SecondmentAction, values: FormFields, errors: FieldError[]) {
    const secondment = await answerOf(api.GET('/api/v1/secondments/{id}', { params: { path: { id } } }));
    const member = await answerOf(api.GET('/api/v1/staff/{id}', { params: { path: { id: secondment.staffMemberId } } }));
    const team = await answerOf(api.GET('/api/v1/teams/{id}', { params: { path: { id: member.teamId } } }));
    const titles = titlesOf(await partnershipsLedBy(api, team.councilCode));
    return {
      action,
      words: ACTION_WORDS[action],
      personName: member.displayName,
      staffId: member.id,
      secondment: secondmentRow(secondment, titles),
      values,
      errors,
    };
  }
}

function actionOf(action: string): SecondmentAction {
  if (!(ACTIONS as readonly string[]).includes(action)) throw new NotFoundException();
  return action as SecondmentAction;
}
