import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PARTNERSHIP_STAGES } from '#domain';
import { ApiMetrics } from './api-metrics.js';

// A team's home FTE today is what its people employed today are contracted for, less what they are
// seconded out today; its floor is the retention floor times establishment, rounded up to a
// thousandth (docs/domain.md). Ended secondments carry the day they actually ended as end_date.
const TEAMS_BELOW_FLOOR_TODAY = `
  WITH home AS (
    SELECT t.id, ceil(t.retention_floor * t.establishment_fte * 1000) / 1000 AS floor,
           coalesce(sum(s.contracted_fte), 0) - coalesce(sum(away.fte), 0) AS home_fte
    FROM team t
    LEFT JOIN staff_member s ON s.team_id = t.id AND s.employment_start <= current_date
      AND (s.employment_end IS NULL OR s.employment_end >= current_date)
    LEFT JOIN LATERAL (
      SELECT sum(sec.fte) AS fte FROM secondment sec
      WHERE sec.staff_member_id = s.id AND sec.status IN ('approved', 'active', 'ended')
        AND sec.start_date <= current_date AND sec.end_date >= current_date
    ) away ON true
    GROUP BY t.id
  )
  SELECT count(*)::int AS n FROM home WHERE home_fte < floor`;

// A partnership's sign-off is overdue once the reminder timer has chased it (the chase records a
// partnership.sign_off_overdue event) since it last entered sign-off: a send-back and a new round start afresh.
const SIGN_OFFS_OVERDUE = `
  SELECT count(*)::int AS n FROM partnership p
  WHERE p.stage = 'sign_off' AND EXISTS (
    SELECT 1 FROM domain_event e
    WHERE e.type = 'partnership.sign_off_overdue' AND e.subject_type = 'partnership' AND e.subject_id = p.id::text
      AND e.occurred_at >= (SELECT max(c.recorded_at) FROM partnership_stage_change c WHERE c.partnership_id = p.id AND c.to_stage = 'sign_off'))`;

// Subscriptions whose deliveries fail: still retrying (the last attempt failed) or given up (marked failing).
const WEBHOOK_SUBSCRIPTIONS_FAILING = `
  SELECT count(*) FILTER (WHERE s.status = 'active' AND last.succeeded = false)::int AS retrying,
         count(*) FILTER (WHERE s.status = 'failing')::int AS given_up
  FROM webhook_subscription s
  LEFT JOIN LATERAL (
    SELECT a.succeeded FROM webhook_delivery_attempt a WHERE a.subscription_id = s.id ORDER BY a.id DESC LIMIT 1
  ) last ON true`;

/**
 * What a director or an operator would alert on, read from the records when Prometheus scrapes:
 * partnerships by stage, sign-offs overdue, decisions inside their call-in window, teams below
 * their floor today, webhook subscriptions whose deliveries fail.
 */
@Injectable()
export class BusinessGauges implements OnModuleInit {
  constructor(
    private readonly metrics: ApiMetrics,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.gauge('accord_partnerships', 'Partnerships by workflow stage', ['stage'], async (gauge) => {
      const rows: { stage: string; n: number }[] = await this.dataSource.query(
        `SELECT stage, count(*)::int AS n FROM partnership GROUP BY stage`,
      );
      for (const stage of PARTNERSHIP_STAGES) gauge.set({ stage }, rows.find((row) => row.stage === stage)?.n ?? 0);
    });
    this.metrics.gauge(
      'accord_decisions_in_call_in_window',
      'Decision records whose call-in deadline has not passed',
      [],
      async (gauge) => {
        gauge.set(
          await this.count(
            `SELECT count(*)::int AS n FROM decision_record WHERE call_in_deadline >= current_date AND status <> 'called_in'`,
          ),
        );
      },
    );
    this.metrics.gauge(
      'accord_sign_offs_overdue',
      'Partnerships in sign-off whose signatures the reminder timer has chased',
      [],
      async (gauge) => {
        gauge.set(await this.count(SIGN_OFFS_OVERDUE));
      },
    );
    this.metrics.gauge(
      'accord_webhook_subscriptions_failing',
      'Webhook subscriptions whose deliveries fail: retrying (the last attempt failed) or given_up (marked failing)',
      ['state'],
      async (gauge) => {
        const [row] = (await this.dataSource.query(WEBHOOK_SUBSCRIPTIONS_FAILING)) as { retrying: number; given_up: number }[];
        gauge.set({ state: 'retrying' }, row?.retrying ?? 0);
        gauge.set({ state: 'given_up' }, row?.given_up ?? 0);
      },
    );
    this.metrics.gauge('accord_teams_below_floor_today', 'Teams whose home FTE today is below their retention floor', [], async (gauge) => {
      gauge.set(await this.count(TEAMS_BELOW_FLOOR_TODAY));
    });
  }

  private async count(sql: string): Promise<number> {
    const [row] = (await this.dataSource.query(sql)) as { n: number }[];
    return row?.n ?? 0;
  }
}
