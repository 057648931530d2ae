import { Body, Controller, ForbiddenException, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { councilName, type CouncilNames } from './api-types.js';
import { DRAFT_FORM_FIELDS, draftFormValues, readDraftForm } from './draft-form.js';
import { addError, fieldErrorsFromProblem, noErrors, text, type FormErrors } from './form-errors.js';
import { councilNames, createPartnership, updatePartnership } from './partnership-api.js';
import { refusalMessage } from './refusal-messages.js';

const UUID = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const DRAFTERS = new Set(['chief_executive', 'director']);

/** Drafting a partnership (the lead council's chief executive or director) and changing it while it is a draft. */
@Controller('partnerships')
export class DraftPartnershipController {
  @Get('new')
  async newDraft(@SignedInPerson() person: SignedInPerson, @Res() response: Response) {
    const leadCouncilCode = drafterCouncil(person);
    const councils = await councilNames(person.api);
    response.render('partnerships/draft-form.njk', createPage(leadCouncilCode, councils, { kind: 'improvement_partner' }, noErrors()));
  }

  @Post('new')
  async create(@SignedInPerson() person: SignedInPerson, @Body() body: Record<string, unknown>, @Res() response: Response) {
    const leadCouncilCode = drafterCouncil(person);
    const form = readDraftForm(body, { create: true, leadCouncilCode });
    if (form.errors.summary.length === 0) {
      const answer = await createPartnership(person.api, form.request, text(body.idempotencyKey) || randomUUID());
      if (answer.ok) return response.redirect(303, `/partnerships/${answer.data.id}`);
      const councils = await councilNames(person.api);
      const errors =
        answer.problem.code === 'validation_failed'
          ? fieldErrorsFromProblem(answer.problem, DRAFT_FORM_FIELDS)
          : addError(noErrors(), refusalMessage(answer.problem, { attempted: 'draft a partnership' }));
      return response
        .status(answer.status)
        .render('partnerships/draft-form.njk', createPage(leadCouncilCode, councils, form.values, errors));
    }
    const councils = await councilNames(person.api);
    response.status(422).render('partnerships/draft-form.njk', createPage(leadCouncilCode, councils, form.values, form.errors));
  }

  @Get(':id/edit')
  async edit(@SignedInPerson() person: SignedInPerson, @Param('id', UUID) id: string, @Res() response: Response) {
    const [partnership, councils] = await Promise.all([
      answerOf(person.api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } })),
      councilNames(person.api),
    ]);
    response.render('partnerships/draft-form.njk', editPage(partnership, councils, draftFormValues(partnership), noErrors()));
  }

  @Post(':id/edit')
  async change(
    @SignedInPerson() person: SignedInPerson,
    @Param('id', UUID) id: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ) {
    const version = Number(text(body.version));
    const form = readDraftForm(body, { create: false, version: Number.isSafeInteger(version) ? version : 0 });
    if (form.errors.summary.length === 0) {
      const answer = await updatePartnership(person.api, id, form.request);
      if (answer.ok) return response.redirect(303, `/partnerships/${id}`);
      const [partnership, councils] = await Promise.all([
        answerOf(person.api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } })),
        councilNames(person.api),
      ]);
      const errors =
        answer.problem.code === 'validation_failed'
          ? fieldErrorsFromProblem(answer.problem, DRAFT_FORM_FIELDS)
          : addError(
              noErrors(),
              refusalMessage(answer.problem, {
                attempted: 'change this partnership',
                waitingFor: 'changes to its draft',
                stageNow: partnership.stage,
              }),
            );
      return response.status(answer.status).render('partnerships/draft-form.njk', editPage(partnership, councils, form.values, errors));
    }
    const [partnership, councils] = await Promise.all([
      answerOf(person.api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } })),
      councilNames(person.api),
    ]);
    response
      .status(422)
      .render(
        'partnerships/draft-form.njk',
        editPage({ ...partnership, version: form.request.version as number }, councils, form.values, form.errors),
      );
  }
}

/** Only a council's chief executive or director drafts, for their own council, which leads. */
function drafterCouncil(person: SignedInPerson): string {
  if (!DRAFTERS.has(person.role) || !person.councilCode)
    throw new ForbiddenException('Only a council’s chief executive or director drafts a partnership.');
  return person.councilCode;
}

function createPage(leadCouncilCode: string, councils: CouncilNames, values: Record<string, unknown>, errors: FormErrors) {
  const options = [...councils]
    .filter(([code]) => code !== leadCouncilCode)
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([code, name]) => ({ value: code, text: name }));
  return {
    view: {
      create: true,
      heading: 'Draft a partnership',
      leadCouncilName: councilName(councils, leadCouncilCode),
      councilOptions: [{ value: '', text: 'Choose a council' }, ...options],
      formAction: '/partnerships/new',
      backHref: '/',
      submitLabel: 'Save draft',
      idempotencyKey: randomUUID(),
    },
    values,
    errors,
  };
}

function editPage(
  partnership: { id: string; title: string; leadCouncilCode: string; supportedCouncilCode: string; version: number },
  councils: CouncilNames,
  values: Record<string, unknown>,
  errors: FormErrors,
) {
  return {
    view: {
      create: false,
      heading: 'Change the draft',
      leadCouncilName: councilName(councils, partnership.leadCouncilCode),
      supportedCouncilName: councilName(councils, partnership.supportedCouncilCode),
      formAction: `/partnerships/${partnership.id}/edit`,
      backHref: `/partnerships/${partnership.id}`,
      submitLabel: 'Save changes',
      version: partnership.version,
    },
    values,
    errors,
  };
}
