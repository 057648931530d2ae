import { Controller, Get, Render } from '@nestjs/common';
import { answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { longDate } from '../layout/dates.js';
import { stageName } from './stage-names.js';

/** What needs the signed-in person. For now: the partnerships they may see, each linking to its page. */
@Controller()
export class HomeController {
  @Get()
  @Render('home/home.njk')
  async home(@SignedInPerson() person: SignedInPerson) {
    const page = await answerOf(person.api.GET('/api/v1/partnerships', { params: { query: { limit: 100 } } }));
    return {
      partnerships: page.items.map((partnership) => ({
        id: partnership.id,
        title: partnership.title,
        councils: `${partnership.leadCouncilCode} supporting ${partnership.supportedCouncilCode}`,
        stage: stageName(partnership.stage),
        plannedStart: longDate(partnership.plannedStart),
      })),
      total: page.total,
    };
  }
}
