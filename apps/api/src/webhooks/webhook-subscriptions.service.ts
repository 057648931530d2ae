import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAuditEvent, type AuditAction } from '#audit';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { AccordError, CROSS_COUNCIL_ROLES, requireCouncil, requireVisible, staleVersion, type Principal } from '#domain';
import { generateWebhookSecret, vetDestination } from '#events';
import { WebhookDeliveryClient } from '#temporal-client';
import type { RequestActor } from '../auth/current-principal.decorator.js';
import type { PageQuery } from '../common/page.query.js';
import type { CreateWebhookSubscriptionDto, UpdateWebhookSubscriptionDto } from './webhook-subscription.dto.js';
import type { WebhookAttemptRow, WebhookSubscriptionRow } from './webhook-subscription.rows.js';

const COLUMNS = `id, council_code, url, description, event_types, status, failing_reason, previous_secret_expires_at, version, created_at`;

/**
 * Webhook subscriptions of a council. The signing secret is answered once, when made or
 * rotated; every change is in the audit trail (without secrets). Delivery is the workflow's.
 */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: WebhookDeliveryClient,
    @Inject(ACCORD_CONFIGURATION) private readonly config: AccordConfiguration,
  ) {}

  async create(dto: CreateWebhookSubscriptionDto, actor: RequestActor): Promise<WebhookSubscriptionRow & { secret: string }> {
    const councilCode = dto.councilCode ?? actor.principal.councilCode;
    if (!councilCode) throw new AccordError('unknown_reference', 'councilCode is required for a principal who acts across councils');
    requireCouncil(actor.principal, councilCode, 'a webhook subscription');
    await this.requireReachable(dto.url);
    const secret = generateWebhookSecret();
    const created = await this.dataSource
      .transaction(async (manager) => {
        // Starts at the feed's horizon: events settled before now are not sent; none settling later is missed.
        const [row] = (await manager.query(
          `INSERT INTO webhook_subscription (council_code, url, description, event_types, secret, cursor_xact_id)
         VALUES ($1, $2, $3, $4, $5, pg_snapshot_xmin(pg_current_snapshot())) RETURNING ${COLUMNS}`,
          [councilCode, dto.url, dto.description ?? null, dto.eventTypes, secret],
        )) as WebhookSubscriptionRow[];
        await this.audit(manager, actor, 'webhook_subscription.created', row, { url: dto.url, eventTypes: dto.eventTypes });
        return row;
      })
      .catch((error: unknown) => {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
          throw new AccordError('council_not_found', `no council has GSS code ${councilCode}`);
        }
        throw error;
      });
    await this.delivery.ensureDelivering(created.id);
    return { ...created, secret };
  }

  async list(page: PageQuery, principal: Principal): Promise<{ items: WebhookSubscriptionRow[]; total: number }> {
    const council = CROSS_COUNCIL_ROLES.has(principal.role) ? null : (principal.councilCode ?? '');
    const items = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM webhook_subscription WHERE $1::text IS NULL OR council_code = $1 ORDER BY created_at, id LIMIT $2 OFFSET $3`,
      [council, page.limit, page.offset],
    )) as WebhookSubscriptionRow[];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM webhook_subscription WHERE $1::text IS NULL OR council_code = $1`,
      [council],
    )) as { total: number }[];
    return { items, total };
  }

  async get(
    id: string,
    principal: Principal,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<WebhookSubscriptionRow> {
    const [row] = (await manager.query(`SELECT ${COLUMNS} FROM webhook_subscription WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ])) as WebhookSubscriptionRow[];
    const notFound = new AccordError('webhook_subscription_not_found', `no webhook subscription has id ${id}`);
    if (!row) throw notFound;
    requireVisible(principal, [row.council_code], notFound);
    return row;
  }

  async update(id: string, dto: UpdateWebhookSubscriptionDto, actor: RequestActor): Promise<WebhookSubscriptionRow> {
    if (dto.url !== undefined) await this.requireReachable(dto.url);
    const updated = await this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, actor.principal, manager, true);
      if (before.version !== dto.version) throw staleVersion(before.version, dto.version);
      const resumes = dto.status === 'active' && before.status === 'failing';
      const [rows] = (await manager.query(
        `UPDATE webhook_subscription SET url = coalesce($2, url), event_types = coalesce($3, event_types),
           description = CASE WHEN $4 THEN $5 ELSE description END,
           status = CASE WHEN $6 THEN 'active' ELSE status END, failing_reason = CASE WHEN $6 THEN NULL ELSE failing_reason END,
           version = version + 1, updated_at = now()
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, dto.url ?? null, dto.eventTypes ?? null, dto.description !== undefined, dto.description ?? null, resumes],
      )) as [WebhookSubscriptionRow[], number];
      await this.audit(manager, actor, 'webhook_subscription.updated', rows[0], {
        url: dto.url,
        eventTypes: dto.eventTypes,
        description: dto.description,
        status: dto.status,
      });
      return rows[0];
    });
    if (updated.status === 'active') await this.delivery.ensureDelivering(id);
    return updated;
  }

  async remove(id: string, actor: RequestActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, actor.principal, manager, true);
      await manager.query(`DELETE FROM webhook_subscription WHERE id = $1`, [id]);
      await this.audit(manager, actor, 'webhook_subscription.deleted', before, {});
    });
  }

  /** A new secret; the old one goes on signing beside it for the overlap, so receivers can switch without a gap. */
  async rotateSecret(id: string, overlapSeconds: number, actor: RequestActor): Promise<{ secret: string; previousSecretExpiresAt: Date }> {
    const secret = generateWebhookSecret();
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, actor.principal, manager, true);
      const [rows] = (await manager.query(
        `UPDATE webhook_subscription SET previous_secret = secret, previous_secret_expires_at = now() + make_interval(secs => $3),
           secret = $2, version = version + 1, updated_at = now()
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, secret, overlapSeconds],
      )) as [WebhookSubscriptionRow[], number];
      await this.audit(manager, actor, 'webhook_subscription.secret_rotated', before, { overlapSeconds });
      return { secret, previousSecretExpiresAt: rows[0].previous_secret_expires_at as Date };
    });
  }

  async attempts(id: string, page: PageQuery, principal: Principal): Promise<{ items: WebhookAttemptRow[]; total: number }> {
    await this.get(id, principal);
    const items = (await this.dataSource.query(
      `SELECT event_id::text, attempt, redelivery, attempted_at, status_code, latency_ms, succeeded, error
       FROM webhook_delivery_attempt WHERE subscription_id = $1 ORDER BY id LIMIT $2 OFFSET $3`,
      [id, page.limit, page.offset],
    )) as WebhookAttemptRow[];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM webhook_delivery_attempt WHERE subscription_id = $1`,
      [id],
    )) as { total: number }[];
    return { items, total };
  }

  /** Sends an event of this subscription's council and types again, before any new one. */
  async redeliver(id: string, eventId: string, principal: Principal): Promise<void> {
    const subscription = await this.get(id, principal);
    const [event] = (await this.dataSource.query(
      `SELECT id FROM domain_event WHERE id = $1 AND $2 = ANY(council_codes) AND type = ANY($3)`,
      [eventId, subscription.council_code, subscription.event_types],
    )) as unknown[];
    if (!event) throw new AccordError('event_not_found', `event ${eventId} is not one this subscription receives`);
    await this.delivery.redeliver(id, eventId);
  }

  private async requireReachable(url: string): Promise<void> {
    try {
      await vetDestination(url, this.config.webhooks.allowLoopback);
    } catch (error) {
      throw new AccordError('webhook_destination_refused', error instanceof Error ? error.message : String(error));
    }
  }

  private async audit(
    manager: EntityManager,
    actor: RequestActor,
    action: AuditAction,
    row: WebhookSubscriptionRow,
    after: object,
  ): Promise<void> {
    await recordAuditEvent(manager, {
      actor: actor.audit,
      action,
      targetType: 'webhook_subscription',
      targetId: row.id,
      targetCouncilCodes: [row.council_code],
      after,
    });
  }
}
