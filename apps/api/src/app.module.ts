import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessModule } from '#access';
import { ConfigurationModule } from '#configuration';
import { IdentityModule } from '#identity';
import { LoggingModule } from '#logging';
import { PersistenceModule } from '#persistence';
import { TemporalClientModule } from '#temporal-client';
import { AuditEventsModule } from './audit-events/audit-events.module.js';
import { AccessGuard } from './auth/access.guard.js';
import { BearerAuthentication } from './auth/bearer-authentication.js';
import { CapacityApiModule } from './capacity/capacity.module.js';
import { EventsModule } from './events/events.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { CouncilsModule } from './councils/councils.module.js';
import { DecisionPagesModule } from './decision-pages/decision-pages.module.js';
import { DecisionRecordsModule } from './decision-records/decision-records.module.js';
import { InboxModule } from './inbox/inbox.module.js';
import { InterventionsModule } from './interventions/interventions.module.js';
import { PartnershipRecordsModule } from './partnership-records/partnership-records.module.js';
import { HealthModule } from './health/health.module.js';
import { ClaimOwnerSession } from './idempotency/claim-owner-session.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { PartnershipsModule } from './partnerships/partnerships.module.js';
import { RequestRateLimits } from './rate-limit/request-rate-limits.js';
import { SharedRateLimits } from './rate-limit/shared-rate-limits.js';
import { PrincipalsModule } from './principals/principals.module.js';
import { SecondmentsModule } from './secondments/secondments.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { StaffModule } from './staff/staff.module.js';
import { TeamsModule } from './teams/teams.module.js';

@Module({
  imports: [
    ConfigurationModule,
    LoggingModule,
    PersistenceModule,
    TemporalClientModule,
    AccessModule,
    IdentityModule,
    HealthModule,
    MetricsModule,
    PrincipalsModule,
    CouncilsModule,
    TeamsModule,
    StaffModule,
    SecondmentsModule,
    CapacityApiModule,
    PartnershipsModule,
    PartnershipRecordsModule,
    InboxModule,
    InterventionsModule,
    DecisionRecordsModule,
    DecisionPagesModule,
    AuditEventsModule,
    EventsModule,
    WebhooksModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    BearerAuthentication,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    IdempotencyStore,
    SharedRateLimits,
    RequestRateLimits,
    ClaimOwnerSession,
  ],
})
export class AppModule {}
