import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { actionDefinition, isActionSlug, type ActionDefinition, type ActionSlug } from './action-catalogue.js';
import { ACTION_FORM_FIELDS, readActionForm } from './action-forms.js';
import { councilName, type CouncilNames, type PartnershipDetail } from './api-types.js';
import { addError, fieldErrorsFromProblem, noErrors, text, type FormErrors } from './form-errors.js';
import { councilNames, getPartnership, takeAction } from './partnership-api.js';
import { refusalMessage } from './refusal-messages.js';

const UUID = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/**
 * An action on a partnership: a confirmation page ("Sign for Hampshire County Council?") with the
 * action's fields, then the action sent to the API as the person. Done, the partnership page says
 * so; refused, the confirmation page shows why in plain words in a GOV.UK error summary.
 */
@Controller('partnerships/:id/actions')
export class PartnershipActionController {
  @Get(':slug')
  async confirm(
    @SignedInPerson() person: SignedInPerson,
    @Param('id', UUID) id: string,
    @Param('slug') slug: string,
    @Res() response: Response,
  ) {
    const action = definitionOf(slug);
    const [partnership, councils] = await Promise.all([
      answerOf(person.api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } })),
      councilNames(person.api),
    ]);
    const values = action.slug === 'cabinet-decision' ? { title: partnership.title } : {};
    response.render('partnerships/action.njk', this.page(person, action, partnership, councils, values, noErrors()));
  }

  @Post(':slug')
  async act(
    @SignedInPerson() person: SignedInPerson,
    @Param('id', UUID) id: string,
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ) {
    const action = definitionOf(slug);
    const form = readActionForm(action.slug, body);
    const idempotencyKey = text(body.idempotencyKey) || randomUUID();
    if (form.errors.summary.length === 0) {
      const answer = await takeAction(person.api, action.slug, id, form.request, idempotencyKey);
      if (answer.ok) return response.redirect(303, `/partnerships/${id}?done=${action.slug}`);
      const [now, councils] = await Promise.all([getPartnership(person.api, id), councilNames(person.api)]);
      if (!now.ok) return response.redirect(303, `/partnerships/${id}`);
      const errors =
        answer.problem.code === 'validation_failed'
          ? fieldErrorsFromProblem(answer.problem, ACTION_FORM_FIELDS[action.slug])
          : addError(
              noErrors(),
              refusalMessage(answer.problem, {
                waitingFor: action.waitingFor({ partnership: now.data, councils, actor: actorOf(person) }),
                attempted: action.attempted,
                stageNow: now.data.stage,
              }),
            );
      return response
        .status(answer.status)
        .render('partnerships/action.njk', this.page(person, action, now.data, councils, form.values, errors));
    }
    const [partnership, councils] = await Promise.all([
      answerOf(person.api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } })),
      councilNames(person.api),
    ]);
    response.status(422).render('partnerships/action.njk', this.page(person, action, partnership, councils, form.values, form.errors));
  }

  private page(
    person: SignedInPerson,
    action: ActionDefinition,
    partnership: PartnershipDetail,
    councils: CouncilNames,
    values: Record<string, unknown>,
    errors: FormErrors,
  ) {
    const context = { partnership, councils, actor: actorOf(person) };
    return {
      view: {
        slug: action.slug,
        question: action.question(context),
        confirmLabel: confirmLabel(action.slug, action.label),
        partnershipTitle: partnership.title,
        partnershipHref: `/partnerships/${partnership.id}`,
        formAction: `/partnerships/${partnership.id}/actions/${action.slug}`,
        councilName: councilName(councils, person.councilCode ?? partnership.leadCouncilCode),
        // A new key for each showing: a refused request's key is spent on its answer.
        idempotencyKey: randomUUID(),
      },
      values,
      errors,
    };
  }
}

function definitionOf(slug: string): ActionDefinition {
  if (!isActionSlug(slug)) throw new NotFoundException();
  return actionDefinition(slug);
}

function actorOf(person: SignedInPerson) {
  return { role: person.role, councilCode: person.councilCode ?? null };
}

function confirmLabel(slug: ActionSlug, label: string): string {
  if (slug === 'cabinet-decision' || slug === 'record-review' || slug === 'scrutiny-outcome') return 'Save';
  return `Yes, ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
