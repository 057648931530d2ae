import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { AccordError, type Principal, type Scope } from '#domain';
import { ApiKeyEntity } from '#persistence';
import { generateApiKey, hashApiKeySecret, parseApiKey, secretMatches } from './api-key-secret.js';

export interface IssuedApiKey {
  id: string;
  principalId: string;
  /** The whole key: shown once, at creation, and never again. */
  key: string;
  prefix: string;
  scopes: Scope[];
  expiresAt: Date | null;
  createdAt: Date;
}

/** Writing `last_used_at` on every request would turn each read into a write; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeysService {
  private readonly pepper: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ACCORD_CONFIGURATION) config: AccordConfiguration,
  ) {
    if (!config.security.apiKeyPepper) throw new Error('API_KEY_PEPPER is required to issue or check API keys');
    this.pepper = config.security.apiKeyPepper;
  }

  async issue(principalId: string, options: { scopes?: Scope[]; expiresAt?: Date | null } = {}): Promise<IssuedApiKey> {
    const generated = generateApiKey();
    const saved = await this.dataSource.getRepository(ApiKeyEntity).save({
      principalId,
      prefix: generated.prefix,
      secretHash: hashApiKeySecret(generated.secret, this.pepper),
      scopes: options.scopes ?? [],
      expiresAt: options.expiresAt ?? null,
    });
    return {
      id: saved.id,
      principalId,
      key: generated.key,
      prefix: saved.prefix,
      scopes: saved.scopes,
      expiresAt: saved.expiresAt,
      createdAt: saved.createdAt,
    };
  }

  /** The principal a presented key stands for, or undefined for an unknown, expired or revoked key. */
  async authenticate(presented: string): Promise<Principal | undefined> {
    const parsed = parseApiKey(presented);
    if (!parsed) return undefined;
    const apiKey = await this.dataSource
      .getRepository(ApiKeyEntity)
      .findOne({ where: { prefix: parsed.prefix }, relations: { principal: true } });
    if (!apiKey?.principal || !secretMatches(parsed.secret, apiKey.secretHash, this.pepper)) return undefined;
    const now = Date.now();
    if (apiKey.revokedAt || apiKey.principal.disabledAt) return undefined;
    if (apiKey.expiresAt && apiKey.expiresAt.getTime() <= now) return undefined;
    if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.getRepository(ApiKeyEntity).update({ id: apiKey.id }, { lastUsedAt: new Date(now) });
    }
    const { principal } = apiKey;
    return {
      id: principal.id,
      name: principal.name,
      role: principal.role,
      councilCode: principal.councilCode,
      scopes: apiKey.scopes,
      authenticatedBy: 'api_key',
    };
  }

  async revoke(keyId: string): Promise<ApiKeyEntity> {
    const repository = this.dataSource.getRepository(ApiKeyEntity);
    const apiKey = await repository.findOneBy({ id: keyId });
    if (!apiKey) throw new AccordError('api_key_not_found', `no API key has id ${keyId}`);
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = new Date();
      await repository.save(apiKey);
    }
    return apiKey;
  }
}
