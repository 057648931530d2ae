import { Controller, Get, Render } from '@nestjs/common';
import { answerOf } from '../api/api-refusal.js';
import { councilName } from '../partnerships/api-types.js';
import { councilNames } from '../partnerships/partnership-api.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { shortDate } from '../layout/dates.js';
import { inboxRows } from './inbox-view.js';
import { STAGE_NAMES } from '../partnerships/words.js';

/** Roles that draft partnerships for their council. */
const DRAFTERS = new Set(['chief_executive', 'director']);

/** What needs the signed-in person: their inbox (soonest due first), then the partnerships they may see. */
@Controller()
export class HomeController {
  @Get()
  @Render('home/home.njk')
  async home(@SignedInPerson() person: SignedInPerson) {
    const [inbox, page, councils] = await Promise.all([
      // Integrators have no inbox; anyone else does.
      person.role === 'integrator' ? Promise.resolve({ today: '', items: [] }) : answerOf(person.api.GET('/api/v1/inbox')),
      answerOf(person.api.GET('/api/v1/partnerships', { params: { query: { limit: 100 } } })),
      councilNames(person.api),
    ]);
    return {
      rows: inboxRows(inbox),
      partnerships: page.items.map((partnership) => ({
        id: partnership.id,
        title: partnership.title,
        councils: `${councilName(councils, partnership.leadCouncilCode)} supporting ${councilName(councils, partnership.supportedCouncilCode)}`,
        stage: STAGE_NAMES[partnership.stage],
        plannedStart: shortDate(partnership.plannedStart),
      })),
      total: page.total,
      canCreate: DRAFTERS.has(person.role) && Boolean(person.councilCode),
    };
  }
}
