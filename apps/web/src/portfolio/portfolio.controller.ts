import { Controller, Get, Param, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { answerOf } from '../api/api-refusal.js';
import { SignedInPerson } from '../session/signed-in-person.decorator.js';
import { councilOf } from '../workforce/council-of.js';
import { ukToday } from '../workforce/today.js';
import { partnershipsLedBy } from '../workforce/workforce-reads.js';
import { workforceNavigation } from '../workforce/workforce-navigation.js';
import { portfolioView } from './portfolio-view.js';
import { portfolioWindows } from './portfolio-windows.js';

/** A lead council's portfolio: every partnership it leads or has led, on a timeline, with the FTE each takes. */
@Controller()
export class PortfolioController {
  @Get('portfolio')
  mine(@SignedInPerson() person: SignedInPerson, @Res() response: Response): void {
    response.redirect(303, `/councils/${councilOf(person, undefined)}/portfolio`);
  }

  @Get('councils/:code/portfolio')
  @Render('portfolio/portfolio.njk')
  async page(@SignedInPerson() person: SignedInPerson, @Param('code') asked: string) {
    const councilCode = councilOf(person, asked);
    const today = ukToday();
    const [council, partnerships] = await Promise.all([
      answerOf(person.api.GET('/api/v1/councils/{code}', { params: { path: { code: councilCode } } })),
      partnershipsLedBy(person.api, councilCode),
    ]);
    const first = partnerships.reduce((earliest, p) => (p.plannedStart < earliest ? p.plannedStart : earliest), today);
    const last = partnerships.reduce((latest, p) => (p.plannedEnd > latest ? p.plannedEnd : latest), today);
    const answers = await Promise.all(
      portfolioWindows(first, last).map((window) =>
        answerOf(
          person.api.GET('/api/v1/councils/{code}/portfolio', { params: { path: { code: councilCode }, query: { ...window, today } } }),
        ),
      ),
    );
    const supported = [...new Set(partnerships.map((p) => p.supportedCouncilCode))];
    const councils = await Promise.all(
      supported.map((code) => answerOf(person.api.GET('/api/v1/councils/{code}', { params: { path: { code } } })).catch(() => undefined)),
    );
    const names = new Map(councils.filter((c) => c !== undefined).map((c) => [c.code, c.name]));
    return {
      councilCode,
      councilName: council.name,
      view: portfolioView(
        partnerships,
        answers.flatMap((answer) => answer.partnerships),
        names,
        today,
      ),
      subNavigation: workforceNavigation(councilCode, 'portfolio'),
    };
  }
}
