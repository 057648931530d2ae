import { Module } from '@nestjs/common';
import { DecisionPageController } from '../decisions/decision-page.controller.js';
import { InterventionsController } from '../interventions/interventions.controller.js';
import { DraftPartnershipController } from './draft-partnership.controller.js';
import { PartnershipActionController } from './partnership-action.controller.js';
import { PartnershipPageController } from './partnership-page.controller.js';

/** The pages of the people who approve partnerships: drafts, the partnership page and its actions, decision records. */
@Module({
  // The draft controller first: its /partnerships/new must match before the page's /partnerships/:id.
  controllers: [
    DraftPartnershipController,
    PartnershipPageController,
    PartnershipActionController,
    DecisionPageController,
    InterventionsController,
  ],
})
export class PartnershipPagesModule {}
