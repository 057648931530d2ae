import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @Operation('getCurrentPrincipal', {
    summary: 'Who the presented API key or access token acts as',
    description:
      'Answers who the presented API key or access token acts as: the principal, role, council and key scopes. Any authenticated caller.',
  })
  @ApiOkResponse({ type: CurrentPrincipalResponse, description: 'The principal behind your credentials' })
  me(@Actor() actor: RequestActor): CurrentPrincipalResponse {
    const { id, name, role, councilCode, scopes } = actor.principal;
    return { id, name, role, councilCode, scopes: [...scopes] };
  }

  @Post('principals')
  @Operation('createPrincipal', {
    summary: 'Create a person or service account with a role and council',
    description:
      'Creates a person or a service account with one role and, for council roles, one council. Admins only. 409 when a principal was already invited by this email.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: PrincipalResponse, description: 'The principal created' })
  @ApiConflictResponse(problemResponse('Another principal was already invited by this email'))
  async create(@Body() dto: CreatePrincipalDto, @Actor() actor: RequestActor): Promise<PrincipalResponse> {
    return PrincipalResponse.from(await this.principals.create(dto, actor.audit));
  }

  @Get('principals')
  @Operation('listPrincipals', {
    summary: 'List people and service accounts, with when each person last signed in',
    description: 'Lists people and service accounts, a page at a time. Admins only.',
  })
  @ApiOkResponse({ type: PrincipalPage, description: 'One page of principals' })
  async list(@Query() page: PageQuery): Promise<PrincipalPage> {
    const { items, total } = await this.principals.list(page);
    return { items: items.map(PrincipalResponse.from), total, limit: page.limit, offset: page.offset };
  }

  @Get('principals/:id')
  @Operation('getPrincipal', {
    summary: 'One person or service account: name, kind, role and council',
    description: 'Reads one person or service account. Admins only; 404 when no principal has this id.',
  })
  @ApiOkResponse({ type: PrincipalResponse, description: 'The principal' })
  @ApiNotFoundResponse(problemResponse('No principal has this id'))
  async get(@RecordIdParam('id') id: string): Promise<PrincipalResponse> {
    return PrincipalResponse.from(await this.principals.get(id));
  }

  @Get('principals/:id/api-keys')
  @Operation('listPrincipalApiKeys', {
    summary: 'The API keys of a principal, newest first, revoked and expired ones included; never the keys themselves',
    description:
      'Lists the API keys of a principal, newest first, revoked and expired ones included, by their public prefix only. Admins only.',
  })
  @ApiOkResponse({ type: [ApiKeyResponse], description: 'The principal’s keys' })
  @ApiNotFoundResponse(problemResponse('No principal has this id'))
  async keys(@RecordIdParam('id') id: string): Promise<ApiKeyResponse[]> {
    return (await this.principals.keys(id)).map(ApiKeyResponse.from);
  }

  @Post('principals/:id/disable')
  @HttpCode(200)
  @Operation('disablePrincipal', {
    summary: 'Disable a person or service account at once: their API keys and access tokens stop working',
    description: 'Disables a person or a service account at once: their API keys and access tokens stop working. Admins only.',
  })
  @Idempotent()
  @ApiOkResponse({ type: PrincipalResponse, description: 'The principal, now disabled' })
  @ApiNotFoundResponse(problemResponse('No principal has this id'))
  async disable(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<PrincipalResponse> {
    return PrincipalResponse.from(await this.principals.disable(id, actor.audit));
  }

  @Post('principals/:id/api-keys')
  @Operation('issueApiKey', {
    summary: 'Issue an API key for a principal; the key is shown once',
    description:
      'Issues an API key for a principal; the key is in this answer only and is stored hashed. Admins only; scopes are for integrators’ keys.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: IssuedApiKeyResponse, description: 'The key issued, shown this once' })
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
  @Operation('revokeApiKey', {
    summary: 'Revoke an API key at once',
    description: 'Revokes an API key at once; requests with it then answer 401. Admins only; 404 when no key has this id.',
  })
  @Idempotent()
  @ApiOkResponse({ type: RevokedApiKeyResponse, description: 'The key revoked' })
  @ApiNotFoundResponse(problemResponse('No API key has this id'))
  async revoke(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<RevokedApiKeyResponse> {
    const revoked = await this.principals.revokeKey(id, actor.audit);
    return { id: revoked.id, prefix: revoked.prefix, revokedAt: (revoked.revokedAt ?? new Date()).toISOString() };
  }
}
