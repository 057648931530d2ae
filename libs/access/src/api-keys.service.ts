import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { AccordError, type Principal, type Role, type Scope } from '#domain';
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

interface FoundKey {
  secret_hash: string;
  scopes: Scope[];
  expires_at: Date | null;
  revoked_at: Date | null;
  principal_id: string;
  name: string;
  role: Role;
  council_code: string | null;
  disabled_at: Date | null;
}

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
    return (await this.authenticateKey(presented))?.principal;
  }

  /**
   * The principal a presented key stands for and when the key expires, in one round trip: the key,
   * its principal and, at most once a minute, the note that it was used, in one statement. The
   * note is written only where the stored hash equals the presented secret's, so a wrong secret
   * never marks a key used; the secret is then compared again in constant time here.
   */
  async authenticateKey(presented: string): Promise<{ principal: Principal; expiresAt: Date | null } | undefined> {
    const parsed = parseApiKey(presented);
    if (!parsed) return undefined;
    const presentedHash = hashApiKeySecret(parsed.secret, this.pepper);
    const [key] = (await this.dataSource.query(
      `WITH found AS (
         SELECT k.id, k.secret_hash, k.scopes, k.expires_at, k.revoked_at, k.last_used_at,
                p.id AS principal_id, p.name, p.role, p.council_code, p.disabled_at
         FROM api_key k JOIN principal p ON p.id = k.principal_id WHERE k.prefix = $1
       ), used AS (
         UPDATE api_key SET last_used_at = now() FROM found
         WHERE api_key.id = found.id AND found.secret_hash = $2 AND found.revoked_at IS NULL AND found.disabled_at IS NULL
           AND (found.expires_at IS NULL OR found.expires_at > now())
           AND (found.last_used_at IS NULL OR found.last_used_at < now() - make_interval(secs => $3))
       )
       SELECT * FROM found`,
      [parsed.prefix, presentedHash, LAST_USED_RESOLUTION_MS / 1000],
    )) as FoundKey[];
    if (!key || !secretMatches(parsed.secret, key.secret_hash, this.pepper)) return undefined;
    if (key.revoked_at || key.disabled_at) return undefined;
    if (key.expires_at && key.expires_at.getTime() <= Date.now()) return undefined;
    return {
      principal: {
        id: key.principal_id,
        name: key.name,
        role: key.role,
        councilCode: key.council_code,
        scopes: key.scopes,
        authenticatedBy: 'api_key',
      },
      expiresAt: key.expires_at,
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
