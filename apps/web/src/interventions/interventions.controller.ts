import { Controller, Get, Param, ParseUUIDPipe, Render } from '@nestjs/common';
import { answerOf } from '../api/api-refusal.js';
import { councilNames } from '../partnerships/partnership-api.js';
import type { PartnershipDetail } from '../partnerships/api-types.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { interventionListRow, interventionView } from './intervention-view.js';

/** Interventions for commissioners (any role may read them): the intervention, the partnerships answering it and their clocks. */
@Controller('interventions')
export class InterventionsController {
  @Get()
  @Render('interventions/interventions.njk')
  async list(@SignedInPerson() person: SignedInPerson) {
    const [page, councils] = await Promise.all([
      answerOf(person.api.GET('/api/v1/interventions', { params: { query: { limit: 100 } } })),
      councilNames(person.api),
    ]);
    return { rows: page.items.map((intervention) => interventionListRow(intervention, councils)) };
  }

  @Get(':id')
  @Render('interventions/intervention.njk')
  async page(@SignedInPerson() person: SignedInPerson, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    const [intervention, councils] = await Promise.all([
      answerOf(person.api.GET('/api/v1/interventions/{id}', { params: { path: { id } } })),
      councilNames(person.api),
    ]);
    const answering = await answerOf(
      person.api.GET('/api/v1/partnerships', {
        params: { query: { supportedCouncilCode: intervention.supportedCouncilCode, limit: 100 } },
      }),
    );
    const details: PartnershipDetail[] = await Promise.all(
      answering.items
        .filter((partnership) => partnership.interventionId === id)
        .map((partnership) => answerOf(person.api.GET('/api/v1/partnerships/{id}', { params: { path: { id: partnership.id } } }))),
    );
    return { view: interventionView(intervention, details, councils) };
  }
}
