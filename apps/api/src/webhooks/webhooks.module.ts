import { Module } from '@nestjs/common';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller.js';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service.js';

@Module({
  controllers: [WebhookSubscriptionsController],
  providers: [WebhookSubscriptionsService],
})
export class WebhooksModule {}
