import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKeysService, type IssuedApiKey } from '#access';
import { recordAuditEvent, type AuditActor } from '#audit';
import { AccordError, type Scope } from '#domain';
import { ApiKeyEntity, PrincipalEntity } from '#persistence';
import { CredentialCache } from '../auth/credential-cache.js';
import { CredentialChangeListener } from '../auth/credential-change-listener.js';
import type { PageQuery } from '../common/page.query.js';
import { violatedConstraint } from '../common/unique-violation.js';
import type { CreatePrincipalDto } from './dto/create-principal.dto.js';

/** People and service accounts, and the API keys they call with; an admin's business. */
@Injectable()
export class PrincipalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly apiKeys: ApiKeysService,
    private readonly credentials: CredentialCache,
    private readonly credentialChanges: CredentialChangeListener,
  ) {}

  async create(dto: CreatePrincipalDto, actor: AuditActor): Promise<PrincipalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const principal = await manager
        .getRepository(PrincipalEntity)
        .save({
          name: dto.name,
          kind: dto.kind,
          role: dto.role,
          councilCode: dto.councilCode ?? null,
          email: dto.email?.toLowerCase() ?? null,
        })
        .catch((error: unknown) => {
          if (violatedConstraint(error) === 'principal_email_unique') {
            throw new AccordError('email_taken', `another principal was already invited by ${dto.email}`);
          }
          throw error;
        });
      await recordAuditEvent(manager, {
        actor,
        action: 'principal.created',
        targetType: 'principal',
        targetId: principal.id,
        targetCouncilCodes: principal.councilCode ? [principal.councilCode] : [],
        after: {
          name: principal.name,
          kind: principal.kind,
          role: principal.role,
          councilCode: principal.councilCode,
          email: principal.email,
        },
      });
      return principal;
    });
  }

  /**
   * Disables at once: the change notifies every API process, which forgets the credentials it
   * holds (CredentialCache); this one forgets them, and hears the notification, before it answers.
   */
  async disable(principalId: string, actor: AuditActor): Promise<PrincipalEntity> {
    const heard = this.credentialChanges.expectChange();
    let changed = false;
    const disabled = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(PrincipalEntity);
      const principal = await repository.findOne({ where: { id: principalId }, lock: { mode: 'pessimistic_write' } });
      if (!principal) throw new AccordError('principal_not_found', `no principal has id ${principalId}`);
      if (principal.disabledAt) return principal;
      principal.disabledAt = new Date();
      changed = true;
      await repository.update({ id: principalId }, { disabledAt: principal.disabledAt });
      await recordAuditEvent(manager, {
        actor,
        action: 'principal.disabled',
        targetType: 'principal',
        targetId: principal.id,
        targetCouncilCodes: principal.councilCode ? [principal.councilCode] : [],
        after: { disabledAt: principal.disabledAt },
        idempotencyKey: `principal.disabled:${principal.id}`,
      });
      return principal;
    });
    this.credentials.invalidate();
    if (changed) await heard();
    return disabled;
  }

  async list(page: PageQuery): Promise<{ items: PrincipalEntity[]; total: number }> {
    const [items, total] = await this.dataSource
      .getRepository(PrincipalEntity)
      .findAndCount({ order: { createdAt: 'ASC', id: 'ASC' }, take: page.limit, skip: page.offset });
    return { items, total };
  }

  async get(principalId: string): Promise<PrincipalEntity> {
    const principal = await this.dataSource.getRepository(PrincipalEntity).findOneBy({ id: principalId });
    if (!principal) throw new AccordError('principal_not_found', `no principal has id ${principalId}`);
    return principal;
  }

  /** The principal's keys, newest first, revoked and expired ones included: what an admin reviews before revoking. */
  async keys(principalId: string): Promise<ApiKeyEntity[]> {
    await this.get(principalId);
    return this.dataSource.getRepository(ApiKeyEntity).find({ where: { principalId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async issueKey(principalId: string, options: { scopes?: Scope[]; expiresAt?: Date }, actor: AuditActor): Promise<IssuedApiKey> {
    const principal = await this.get(principalId);
    const issued = await this.apiKeys.issue(principalId, options);
    await recordAuditEvent(this.dataSource.manager, {
      actor,
      action: 'api_key.issued',
      targetType: 'api_key',
      targetId: issued.id,
      targetCouncilCodes: principal.councilCode ? [principal.councilCode] : [],
      // The key itself is never recorded anywhere but in the one response that shows it.
      after: { principalId, prefix: issued.prefix, scopes: issued.scopes, expiresAt: issued.expiresAt },
    });
    return issued;
  }

  /** As `disable`: answers once every replica has been told. */
  async revokeKey(keyId: string, actor: AuditActor): Promise<ApiKeyEntity> {
    const heard = this.credentialChanges.expectChange();
    const startedAt = Date.now();
    const revoked = await this.apiKeys.revoke(keyId);
    await recordAuditEvent(this.dataSource.manager, {
      actor,
      action: 'api_key.revoked',
      targetType: 'api_key',
      targetId: revoked.id,
      targetCouncilCodes: [],
      after: { prefix: revoked.prefix, revokedAt: revoked.revokedAt },
      idempotencyKey: `api_key.revoked:${revoked.id}`,
    });
    this.credentials.invalidate();
    // A key revoked before this request changed nothing now, and nothing was notified.
    if (revoked.revokedAt && revoked.revokedAt.getTime() >= startedAt) await heard();
    return revoked;
  }
}
