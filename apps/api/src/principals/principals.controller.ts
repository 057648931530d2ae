import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Operation } from '../auth/operation.decorator.js';
import { PageQuery } from '../common/page.query.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { CreatePrincipalDto } from './dto/create-principal.dto.js';
import { ApiKeyResponse, IssueApiKeyDto, IssuedApiKeyResponse, RevokedApiKeyResponse } from './dto/issue-api-key.dto.js';
import { CurrentPrincipalResponse, PrincipalPage, PrincipalResponse } from './dto/principal.response.js';
import { PrincipalsService } from './principals.service.js';
import { RecordIdParam } from '../validation/path-parameters.js';

@ApiTags('access')
@Controller('api/v1')
export class PrincipalsController {
  constructor(private readonly principals: PrincipalsService) {}

  @Get('me')
  @Operation('getCurrentPrincipal', { summary: 'Who the presented API key acts as' })
  @ApiOkResponse({ type: CurrentPrincipalResponse })
  me(@Actor() actor: RequestActor): CurrentPrincipalResponse {
    const { id, name, role, councilCode, scopes } = actor.principal;
    return { id, name, role, councilCode, scopes: [...scopes] };
  }

  @Post('principals')
  @Operation('createPrincipal', { summary: 'Create a person or service account with a role and council' })
  @Idempotent()
  @ApiCreatedResponse({ type: PrincipalResponse })
  async create(@Body() dto: CreatePrincipalDto, @Actor() actor: RequestActor): Promise<PrincipalResponse> {
    return PrincipalResponse.from(await this.principals.create(dto, actor.audit));
  }

  @Get('principals')
  @Operation('listPrincipals', { summary: 'List people and service accounts' })
  @ApiOkResponse({ type: PrincipalPage })
  async list(@Query() page: PageQuery): Promise<PrincipalPage> {
    const { items, total } = await this.principals.list(page);
    return { items: items.map(PrincipalResponse.from), total, limit: page.limit, offset: page.offset };
  }

  @Get('principals/:id')
  @Operation('getPrincipal', { summary: 'One person or service account: name, kind, role and council' })
  @ApiOkResponse({ type: PrincipalResponse, description: 'The principal' })
  @ApiNotFoundResponse(problemResponse('No principal has this id'))
  async get(@RecordIdParam('id') id: string): Promise<PrincipalResponse> {
    return PrincipalResponse.from(await this.principals.get(id));
  }

  @Get('principals/:id/api-keys')
  @Operation('listPrincipalApiKeys', {
    summary: 'The API keys of a principal, newest first, revoked and expired ones included; never the keys themselves',
  })
  @ApiOkResponse({ type: [ApiKeyResponse], description: 'The principal’s keys' })
  @ApiNotFoundResponse(problemResponse('No principal has this id'))
  async keys(@RecordIdParam('id') id: string): Promise<ApiKeyResponse[]> {
    return (await this.principals.keys(id)).map(ApiKeyResponse.from);
  }

  @Post('principals/:id/api-keys')
  @Operation('issueApiKey', { summary: 'Issue an API key for a principal; the key is shown once' })
  @Idempotent()
  @ApiCreatedResponse({ type: IssuedApiKeyResponse })
  @ApiNotFoundResponse(problemResponse('No principal has this id'))
  async issueKey(
    @RecordIdParam('id') id: string,
    @Body() dto: IssueApiKeyDto,
    @Actor() actor: RequestActor,
  ): Promise<IssuedApiKeyResponse> {
    const issued = await this.principals.issueKey(
      id,
      { scopes: dto.scopes, expiresAt: dto.expiresAt ? new Date(dto.expiresAt) : undefined },
      actor.audit,
    );
    return { ...issued, expiresAt: issued.expiresAt?.toISOString() ?? null, createdAt: issued.createdAt.toISOString() };
  }

  @Post('api-keys/:id/revoke')
  @HttpCode(200)
  @Operation('revokeApiKey', { summary: 'Revoke an API key at once' })
  @Idempotent()
  @ApiOkResponse({ type: RevokedApiKeyResponse })
  @ApiNotFoundResponse(problemResponse('No API key has this id'))
  async revoke(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<RevokedApiKeyResponse> {
    const revoked = await this.principals.revokeKey(id, actor.audit);
    return { id: revoked.id, prefix: revoked.prefix, revokedAt: (revoked.revokedAt ?? new Date()).toISOString() };
  }
}
