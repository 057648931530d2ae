import { Controller, Get, Render } from '@nestjs/common';
import { answerOf } from '../api/api-refusal.js';
import { shortDate } from '../layout/dates.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { stageName } from './stage-names.js';

/** What needs the signed-in person. For now: the partnerships they may see, each linking to its page. */
@Controller()
export class HomeController {
  @Get()
  @Render('home/home.njk')
  async home(@SignedInPerson() person: SignedInPerson) {
    const [page, councils] = await Promise.all([
      answerOf(person.api.GET('/api/v1/partnerships', { params: { query: { limit: 100 } } })),
      answerOf(person.api.GET('/api/v1/councils', { params: { query: { limit: 100, includeAbolished: 'true' } } })),
    ]);
    const councilName = new Map(councils.items.map((council) => [council.code, council.name]));
    const nameOf = (code: string) => councilName.get(code) ?? code;
    return {
      partnerships: page.items.map((partnership) => ({
        id: partnership.id,
        title: partnership.title,
        councils: `${nameOf(partnership.leadCouncilCode)} supporting ${nameOf(partnership.supportedCouncilCode)}`,
        stage: stageName(partnership.stage),
        plannedStart: shortDate(partnership.plannedStart),
      })),
      total: page.total,
    };
  }
}
