import { Controller, Get, Header, Req, UnauthorizedException } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '#access';
import { DecisionRecordsService } from '#decisions';
import { AccordError, type Principal } from '#domain';
import { CouncilEntity } from '#persistence';
import { API_KEY_SECURITY, Public } from '../auth/operation.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { CouncilCodeParam, RecordIdParam } from '../validation/path-parameters.js';
import { renderDecisionPage } from './decision-page.renderer.js';
import { decisionPageView } from './decision-page.view.js';
import { decisionsFeedPath, publishedDecisionsAtom } from './decisions-feed.js';

const BEARER = /^Bearer\s+(\S+)$/i;
const FEED_ENTRIES = 50;

/**
 * Decision records published for the public and for committee systems: a printable page in
 * Modern.gov's shape, and each council's Atom feed. Anyone may read them, as anyone may read a
 * council's published decisions; a key of the deciding council also shows the exempt text.
 */
@ApiTags('decision pages')
@Controller()
export class DecisionPagesController {
  constructor(
    private readonly records: DecisionRecordsService,
    private readonly apiKeys: ApiKeysService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('decisions/:id.html')
  @Public()
  @ApiSecurity(API_KEY_SECURITY)
  @ApiSecurity({})
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({
    operationId: 'getDecisionPage',
    summary: 'A decision record as a printable page with the labels and layout of a Modern.gov decision details page',
    description:
      'Public. The exempt (Schedule 12A) text is shown only to a caller presenting a key of the deciding council; everyone else reads that it is withheld.',
  })
  @ApiOkResponse({ description: 'The decision details page', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse(problemResponse('No decision record has this id'))
  async page(@RecordIdParam('id') id: string, @Req() request: Request): Promise<string> {
    const record = await this.records.get(id);
    const reader = await this.reader(request);
    const view = decisionPageView(
      record,
      await this.councilName(record.councilCode),
      reader !== undefined && DecisionRecordsService.mayReadExempt(reader, record),
    );
    return renderDecisionPage(view, decisionsFeedPath(record.councilCode));
  }

  @Get('councils/:code/decisions.atom')
  @Public()
  @ApiSecurity({})
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @ApiProduces('application/atom+xml')
  @ApiOperation({
    operationId: 'getPublishedDecisionsFeed',
    summary: 'A council’s published decisions as an Atom feed, newest first (the latest 50), as Modern.gov offers',
    description: 'Public. Entries link to each decision’s page and never carry exempt information.',
  })
  @ApiOkResponse({ description: 'An Atom 1.0 feed', content: { 'application/atom+xml': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse(problemResponse('No council has this code'))
  async feed(@CouncilCodeParam() code: string, @Req() request: Request): Promise<string> {
    const councilName = await this.councilName(code);
    const today = new Date().toISOString().slice(0, 10);
    const decisions = await this.records.publishedBy(code, today, FEED_ENTRIES);
    return publishedDecisionsAtom({ councilCode: code, councilName, origin: `${request.protocol}://${request.get('host')}`, decisions });
  }

  /** The caller, when a key is presented; a key presented but not valid is refused rather than ignored. */
  private async reader(request: Request): Promise<Principal | undefined> {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return undefined;
    const principal = await this.apiKeys.authenticate(token);
    if (!principal) throw new UnauthorizedException('the API key is unknown, expired or revoked');
    return principal;
  }

  private async councilName(code: string): Promise<string> {
    const council = await this.dataSource.getRepository(CouncilEntity).findOneBy({ code });
    if (!council) throw new AccordError('council_not_found', `no council has GSS code ${code}`);
    return council.name;
  }
}
