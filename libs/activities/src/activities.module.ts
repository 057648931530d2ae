import { Module } from '@nestjs/common';
import { CapacityModule } from '#capacity';
import { DecisionsModule } from '#decisions';
import { ActiveLifeActivities } from './active-life.activities.js';
import { PartnershipMirrorService } from './partnership-mirror.service.js';
import { ApprovalActivities } from './approval.activities.js';
import { SecondmentActivities } from './secondment.activities.js';
import { SignOffActivities } from './sign-off.activities.js';
import { WebhookDeliveryActivityService } from './webhook-delivery.activities.js';

const SERVICES = [
  PartnershipMirrorService,
  ApprovalActivities,
  SignOffActivities,
  SecondmentActivities,
  ActiveLifeActivities,
  WebhookDeliveryActivityService,
];

@Module({
  imports: [CapacityModule, DecisionsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ActivitiesModule {}
