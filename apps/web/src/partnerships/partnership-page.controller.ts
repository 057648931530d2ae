import { Controller, Get, Param, ParseUUIDPipe, Query, Render } from '@nestjs/common';
import { answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { capacityCheckFor, councilNames, reviewsOf, risksOf } from './partnership-api.js';
import { londonToday } from './next-action-view.js';
import { partnershipPageView } from './partnership-page-view.js';

/** Roles that read the lead council's staffing, so see the capacity check (the API's checkPartnershipCapacity). */
const CAPACITY_READERS = new Set(['chief_executive', 'director', 'hr', 'commissioner', 'admin']);

/** The partnership page: its terms, where it is, who acts next, its records, its timeline, and what the person may do. */
@Controller('partnerships')
export class PartnershipPageController {
  @Get(':id')
  @Render('partnerships/partnership.njk')
  async page(
    @SignedInPerson() person: SignedInPerson,
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Query('done') done?: string,
  ) {
    const partnership = await answerOf(person.api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } }));
    const readsStaffing =
      CAPACITY_READERS.has(person.role) && (person.councilCode == null || person.councilCode === partnership.leadCouncilCode);
    const [councils, capacityCheck, risks, reviews] = await Promise.all([
      councilNames(person.api),
      readsStaffing && partnership.stage !== 'draft' ? capacityCheckFor(person.api, id) : Promise.resolve(null),
      risksOf(person.api, id),
      reviewsOf(person.api, id),
    ]);
    const view = partnershipPageView({
      partnership,
      capacityCheck,
      risks,
      reviews,
      councils,
      actor: { role: person.role, councilCode: person.councilCode ?? null },
      today: londonToday(),
      done,
    });
    return { view };
  }
}
