import { Controller, Get, Inject, Param, ParseUUIDPipe, Render } from '@nestjs/common';
import type { WebConfiguration } from '#configuration';
import { answerOf } from '../api/api-refusal.js';
import { councilNames } from '../partnerships/partnership-api.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { WEB_CONFIGURATION } from '../web-configuration.token.js';
import { decisionRecordView } from './decision-record-view.js';

/** A decision record as a GOV.UK page, linking to the printable notice the API publishes. */
@Controller('decisions')
export class DecisionPageController {
  constructor(@Inject(WEB_CONFIGURATION) private readonly config: WebConfiguration) {}

  @Get(':id')
  @Render('decisions/decision.njk')
  async page(@SignedInPerson() person: SignedInPerson, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    const [record, councils] = await Promise.all([
      answerOf(person.api.GET('/api/v1/decision-records/{id}', { params: { path: { id } } })),
      councilNames(person.api),
    ]);
    return { view: decisionRecordView(record, councils, this.config.apiUrl) };
  }
}
